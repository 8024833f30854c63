using System.Globalization;

namespace Bluegreen.Engines.Local.Postgres;

/// <summary>Makes the cluster's folders usable by the server's account when that is not the caller.</summary>
internal sealed class StateFolderAccess(ServerAccount account, ICommandRunner runner)
{
    private const string FirstBlockedFolderScript = "for d do [ -x \"$d\" ] || { printf '%s' \"$d\"; exit 1; }; done";

    /// <summary>
    /// Fails with the first existing parent of <paramref name="folder"/> that the server's account cannot enter (a state
    /// folder under /root, mode 0700, is the usual case). The folder itself is the tool's to hand over. Creates nothing.
    /// </summary>
    public async Task CheckTraversableAsync(string folder, CancellationToken cancellationToken)
    {
        if (!account.SwitchesUser)
        {
            return;
        }

        var existing = new List<string>();
        for (var dir = new DirectoryInfo(folder).Parent; dir is not null; dir = dir.Parent)
        {
            if (dir.Exists)
            {
                existing.Insert(0, dir.FullName);
            }
        }

        var result = await runner.RunAsync(account.Command("/bin/sh", ["-c", FirstBlockedFolderScript, "sh", .. existing]), cancellationToken);
        if (result.ExitCode == 0)
        {
            return;
        }

        var blocked = result.Output.Trim();
        var mode = UnixFiles.Mode(blocked);
        throw new StackFailureException(
            StackError.InvalidInput,
            string.Create(
                CultureInfo.InvariantCulture,
                $"PostgreSQL runs as the user '{account.UserName}', which cannot enter {blocked} (mode {mode}), a parent of {folder}. ") +
            $"Choose a state folder outside it, or let other users pass through it: chmod o+x {blocked}");
    }

    /// <summary>Hands folders and files the tool created over to the server's account.</summary>
    public async Task GiveToServerAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        if (!account.SwitchesUser)
        {
            return;
        }

        var result = await runner.RunAsync(new ProcessCommand("chown", [$"{account.UserName}:", .. paths]), cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new StackFailureException(StackError.UnexpectedError, $"Could not give the PostgreSQL folders to the user '{account.UserName}'.", result.Tail());
        }
    }
}
