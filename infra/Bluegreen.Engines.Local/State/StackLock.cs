using System.Globalization;
using System.Text.Json;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Local.Contracts.Os;

namespace Bluegreen.Engines.Local.State;

/// <summary>Who holds a stack's lock, as written next to it.</summary>
internal sealed record LockHolder(int Pid, string Operation, DateTimeOffset Since);

/// <summary>
/// The exclusive lock a command takes before it changes a local stack: an flock on <c>&lt;state&gt;/lock</c>,
/// released by the kernel if the command dies, plus <c>lock.holder</c> naming the holder for whoever is refused.
/// A second command fails at once with <see cref="StackError.Conflict"/>; it never waits and never half-applies.
/// </summary>
internal sealed class StackLock : IDisposable
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan HolderWait = TimeSpan.FromMilliseconds(500);

    private readonly FileStream _lock;
    private readonly StackFolder _folder;

    private StackLock(FileStream stream, StackFolder folder)
    {
        _lock = stream;
        _folder = folder;
    }

    public static StackLock Acquire(StackFolder folder, string stackName, string operation, TimeProvider time)
    {
        Directory.CreateDirectory(folder.Path);
        FileStream stream;
        try
        {
            stream = new FileStream(folder.Lock, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new StackFailureException(
                StackError.Conflict,
                $"Another command is changing stack {stackName}: {Describe(WaitForHolder(folder))}. Nothing was changed; "
                + "run your command again when it has finished.");
        }

        AtomicFile.Write(folder.LockHolder, JsonSerializer.Serialize(new LockHolder(Environment.ProcessId, operation, time.GetUtcNow()), Options));
        return new StackLock(stream, folder);
    }

    public void Dispose()
    {
        if (ReadHolder(_folder)?.Pid == Environment.ProcessId)
        {
            File.Delete(_folder.LockHolder);
        }

        _lock.Dispose();
    }

    /// <summary>The holder writes its name just after taking the lock; a refused command gives it a moment to appear.</summary>
    private static LockHolder? WaitForHolder(StackFolder folder)
    {
        var deadline = DateTime.UtcNow + HolderWait;
        while (true)
        {
            var holder = ReadHolder(folder);
            if ((holder is not null && ProcessTable.IsAlive(holder.Pid)) || DateTime.UtcNow > deadline)
            {
                return holder;
            }

            Thread.Sleep(20);
        }
    }

    private static LockHolder? ReadHolder(StackFolder folder)
    {
        try
        {
            return JsonSerializer.Deserialize<LockHolder>(File.ReadAllText(folder.LockHolder), Options);
        }
        catch (Exception unreadable) when (unreadable is IOException or JsonException)
        {
            return null;
        }
    }

    private static string Describe(LockHolder? holder) => holder is null
        ? "a process that has not said who it is yet"
        : string.Create(CultureInfo.InvariantCulture, $"`{holder.Operation}` by pid {holder.Pid} since {holder.Since:HH:mm:ss}");
}
