namespace Bluegreen.Engines.Local.Postgres;

/// <summary>Where the local cluster lives and on which ports.</summary>
internal sealed record LocalDatabaseOptions
{
    /// <summary>The stack's state folder; the cluster lives in its <c>pg/</c> subfolder.</summary>
    public required string StateDirectory { get; init; }

    /// <summary>The primary's port; the blue replica takes the next port, the green replica the one after.</summary>
    public required int PrimaryPort { get; init; }

    /// <summary>How long a server may take to start, stop or begin streaming.</summary>
    /// <remarks>Left out: 60 seconds.</remarks>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Receives one line per finished step with its duration, e.g. "pg_basebackup for replica-blue: 0.53 s".</summary>
    /// <remarks>Left out: the steps run silently.</remarks>
    public Action<string>? Progress { get; init; }

    /// <summary>The folder holding one <c>&lt;major&gt;/bin</c> folder per installed PostgreSQL version.</summary>
    /// <remarks>Left out: the Debian location, /usr/lib/postgresql; the newest complete version is used.</remarks>
    public string InstallationRoot { get; init; } = PostgresInstallation.DebianRoot;
}
