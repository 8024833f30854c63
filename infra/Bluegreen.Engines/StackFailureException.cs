namespace Bluegreen.Engines;

/// <summary>
/// A failure the user can act on, raised before anything is changed: what went wrong and how to fix it, and what kind
/// of failure it is. The command line turns <see cref="Error"/> into its exit code.
/// </summary>
internal sealed class StackFailureException(StackError error, string message, IReadOnlyList<string>? details = null)
    : Exception(message)
{
    public StackError Error { get; } = error;

    /// <summary>Every individual problem, when validation collected several.</summary>
    public IReadOnlyList<string> Details { get; } = details ?? [];
}
