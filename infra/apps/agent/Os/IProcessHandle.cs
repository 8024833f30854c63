namespace Bluegreen.Agent.Os;

/// <summary>A running process the agent supervises: one it launched, or one adopted from a previous agent.</summary>
internal interface IProcessHandle : IDisposable
{
    ProcessIdentity Identity { get; }

    /// <summary>Completes when the process has exited, with its exit code when the agent can know it.</summary>
    Task<int?> Exited { get; }

    void Signal(int signal);
}
