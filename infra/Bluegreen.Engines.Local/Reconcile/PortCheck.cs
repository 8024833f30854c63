using Bluegreen.Engines.Local.Observation;
using Bluegreen.Engines.Local.Topology;

namespace Bluegreen.Engines.Local.Reconcile;

/// <summary>
/// Before anything starts: every port the stack needs is free, or held by a process of this stack. Otherwise the
/// command stops with <see cref="StackError.PortInUse"/>, naming each port, its owner and the setting to change.
/// </summary>
internal static class PortCheck
{
    public static void EnsureUsable(IReadOnlyList<PortClaim> claims, IEnumerable<int> stackPids, string stackName)
    {
        var listeners = ListeningSockets.ByPort();
        var taken = claims.Where(claim => listeners.Contains(claim.Port)).ToList();
        if (taken.Count == 0)
        {
            return;
        }

        var ours = stackPids.Distinct().SelectMany(ListeningSockets.SocketsOf).ToHashSet();
        var foreign = taken.Where(claim => !listeners[claim.Port].Any(ours.Contains)).ToList();
        if (foreign.Count == 0)
        {
            return;
        }

        var details = foreign.Select(claim =>
            $"port {claim.Port} ({claim.Purpose}) is held by {Owner(listeners[claim.Port])}; "
            + $"stop it, or choose another port: pulumi config set {claim.SettingKey} <free port> --stack {stackName}").ToList();
        var first = foreign[0];
        throw new StackFailureException(
            StackError.PortInUse,
            $"Port {first.Port} on 127.0.0.1, needed for {first.Purpose} (setting bluegreen:{first.SettingKey}), is in use by another process"
            + (foreign.Count > 1 ? $", and {foreign.Count - 1} more port(s) too" : "") + ". Nothing was started or changed.",
            details);
    }

    private static string Owner(IEnumerable<long> inodes) => ListeningSockets.OwnerOf(inodes) is { } pid
        ? $"pid {pid} ({CommandLine(pid)})"
        : "a process this user cannot see";

    private static string CommandLine(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
            return text.Length <= 80 ? text : text[..80] + "...";
        }
        catch (Exception gone) when (gone is IOException or UnauthorizedAccessException)
        {
            return "exited";
        }
    }
}
