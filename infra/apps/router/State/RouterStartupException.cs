namespace Bluegreen.Router.State;

/// <summary>The router cannot start; the message says what is wrong and how to fix it, the exit code names the failure.</summary>
internal sealed class RouterStartupException(int exitCode, string message, IReadOnlyList<string>? details = null)
    : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public IReadOnlyList<string> Details { get; } = details ?? [];
}
