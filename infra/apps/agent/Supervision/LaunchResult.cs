using Bluegreen.Agent.Os;

namespace Bluegreen.Agent.Supervision;

/// <summary>The outcome of one start attempt.</summary>
internal abstract record LaunchResult
{
    private LaunchResult()
    {
    }

    public sealed record Started(IProcessHandle Process) : LaunchResult;

    /// <summary>Nothing was started. <paramref name="Permanent"/> problems need a new spec; others may clear up.</summary>
    public sealed record NotStarted(string Error, bool Permanent) : LaunchResult;
}
