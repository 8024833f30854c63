namespace Bluegreen.Agent.State;

/// <summary>
/// An exclusive lock on <c>agent/agent.lock</c>, held for the agent's life, so two agents never supervise the same
/// state folder. The kernel drops it when the agent dies, even by SIGKILL.
/// </summary>
internal static class AgentLock
{
    /// <summary>The open lock file, or null when another agent holds it.</summary>
    public static FileStream? TryAcquire(string path)
    {
        try
        {
            // On Unix, FileShare.None takes an exclusive flock on the file.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
