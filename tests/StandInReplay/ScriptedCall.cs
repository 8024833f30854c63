namespace Bluegreen.StandInReplay;

/// <summary>One scripted invocation in a scenario's <c>calls.json</c>.</summary>
/// <param name="Args">The exact arguments the call must have, in order.</param>
/// <param name="Stdout">Text to print on standard output.</param>
/// <param name="StdoutFile">A file whose content to print on standard output; relative paths are under the scenario folder.</param>
/// <param name="Stderr">Text to print on standard error.</param>
public sealed record ScriptedCall(
    IReadOnlyList<string> Args,
    string? Stdout = null,
    string? StdoutFile = null,
    string? Stderr = null,
    int ExitCode = 0);
