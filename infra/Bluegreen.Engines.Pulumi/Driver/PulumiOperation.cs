namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>A finished preview, refresh, up or destroy: the raw run, what its exit code means, and its parsed JSON.</summary>
internal sealed record PulumiOperation(PulumiRun Run, PulumiExitStatus Status, PulumiOperationOutput Output)
{
    /// <summary>Exit 0, no error diagnostics, and (for event streams) a summary that did not say failed.</summary>
    public bool Succeeded =>
        Status == PulumiExitStatus.Success && !Output.Errors.Any() && Output.Result is null or "succeeded";

    /// <summary>Why it failed, in one line: the first error diagnostic, else the end of standard error, else the exit code.</summary>
    public string FailureReason
    {
        get
        {
            if (Output.FirstError is { } error)
            {
                return error;
            }

            var tail = string.Join(' ', Run.ErrorLines(3));
            return tail.Length > 0 ? tail : $"{Run.CommandLine} exited {Run.ExitCode}";
        }
    }
}
