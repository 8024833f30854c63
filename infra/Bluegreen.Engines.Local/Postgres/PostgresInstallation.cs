
namespace Bluegreen.Engines.Local.Postgres;

/// <summary>The server programs of one installed PostgreSQL major version (Debian keeps them off PATH).</summary>
internal sealed record PostgresInstallation
{
    /// <summary>Where the Debian packages put one <c>&lt;major&gt;/bin</c> folder per installed version.</summary>
    public const string DebianRoot = "/usr/lib/postgresql";

    private static readonly string[] RequiredPrograms = ["initdb", "postgres", "pg_basebackup"];

    public required string BinDirectory { get; init; }

    public string Initdb => Program("initdb");

    public string Postgres => Program("postgres");

    public string BaseBackup => Program("pg_basebackup");

    /// <summary>Only the benchmark uses it; it ships in the same package as the server.</summary>
    public string Pgbench => Program("pgbench");

    /// <summary>The newest version under <paramref name="root"/> whose bin folder holds every program the cluster needs.</summary>
    public static PostgresInstallation Locate(string root = DebianRoot)
    {
        var candidates = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(version => Path.Combine(version, "bin")).Where(Directory.Exists)
                .OrderByDescending(bin => MajorVersion(bin)).ToList()
            : [];
        foreach (var bin in candidates)
        {
            if (MissingPrograms(bin).Count == 0)
            {
                return new PostgresInstallation { BinDirectory = bin };
            }
        }

        var details = candidates.Select(bin => $"{bin} lacks {string.Join(", ", MissingPrograms(bin))}").ToList();
        throw new StackFailureException(
            StackError.PostgresMissing,
            $"PostgreSQL server programs ({string.Join(", ", RequiredPrograms)}) were not found in {root}/*/bin. " +
            "Install them with infra/scripts/install-deps.sh (as root; it installs the Debian package postgresql).",
            details);
    }

    private string Program(string name) => Path.Combine(BinDirectory, name);

    private static List<string> MissingPrograms(string bin) =>
        RequiredPrograms.Where(name => !File.Exists(Path.Combine(bin, name))).ToList();

    private static int MajorVersion(string bin) =>
        int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : -1;
}
