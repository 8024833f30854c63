namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>
/// The process boundary to the Pulumi CLI. Runs never throw on a non-zero exit code; callers read
/// <see cref="PulumiRun.ExitCode"/> with <see cref="PulumiExitCodes"/>.
/// </summary>
internal interface IPulumiCli
{
    /// <summary>Runs <c>pulumi</c> with exactly these arguments and captures both output streams.</summary>
    Task<PulumiRun> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken);
}
