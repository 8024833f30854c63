namespace Bluegreen.Agent.Os;

/// <summary>
/// A process launched by a previous agent run that is still alive. It is not our child, so its exit is seen by
/// polling <c>/proc</c> (a zombie counts as exited) and its exit code is unknown.
/// </summary>
internal sealed class AdoptedProcess : IProcessHandle
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly CancellationTokenSource _disposed = new();

    public AdoptedProcess(ProcessIdentity identity, TimeProvider time)
    {
        Identity = identity;
        Exited = WatchAsync(identity, time, _disposed.Token);
    }

    public ProcessIdentity Identity { get; }

    public Task<int?> Exited { get; }

    public void Signal(int signal) => Identity.Signal(signal);

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }

    private static async Task<int?> WatchAsync(ProcessIdentity identity, TimeProvider time, CancellationToken cancellationToken)
    {
        while (identity.IsAlive() && !cancellationToken.IsCancellationRequested)
        {
            await Task.WhenAny(Task.Delay(PollInterval, time, cancellationToken));
        }

        return null;
    }
}
