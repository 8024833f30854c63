namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>How to start the pulumi program.</summary>
internal sealed record PulumiCliSettings
{
    /// <summary>Full path of the pulumi program (see <see cref="PulumiExecutable.Locate"/>).</summary>
    public required string Executable { get; init; }

    /// <summary>Variables set for every run on top of this process's environment, e.g. <c>PULUMI_BACKEND_URL</c>.</summary>
    /// <remarks>Left empty, runs inherit this process's environment plus <c>PULUMI_SKIP_UPDATE_CHECK=true</c>.</remarks>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Settings from this process's environment: <c>BLUEGREEN_PULUMI</c> or PATH.</summary>
    public static PulumiCliSettings FromEnvironment() =>
        new() { Executable = PulumiExecutable.Locate(System.Environment.GetEnvironmentVariable) };
}
