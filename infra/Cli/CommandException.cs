namespace Bluegreen.Infra.Cli;

/// <summary>A failure the user can act on: a message saying what went wrong and how to fix it, and a named exit code.</summary>
public sealed class CommandException(int exitCode, string message, IReadOnlyList<string>? details = null)
    : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    /// <summary>Every individual problem, when validation collected several.</summary>
    public IReadOnlyList<string> Details { get; } = details ?? [];
}
