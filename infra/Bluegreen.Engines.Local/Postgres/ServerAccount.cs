
namespace Bluegreen.Engines.Local.Postgres;

/// <summary>
/// The OS account the PostgreSQL programs run as. PostgreSQL refuses root, so a root caller runs them as the
/// Debian <c>postgres</c> user through <c>setpriv</c>; anyone else runs them as themselves.
/// </summary>
internal sealed record ServerAccount
{
    public const string DebianServerUser = "postgres";

    public required string UserName { get; init; }

    /// <summary>True when every program is wrapped in <c>setpriv</c> to become <see cref="UserName"/>.</summary>
    public required bool SwitchesUser { get; init; }

    public static ServerAccount CurrentUser { get; } = new() { UserName = Environment.UserName, SwitchesUser = false };

    public static ServerAccount Detect(string passwdFile = "/etc/passwd") =>
        Environment.IsPrivilegedProcess ? SwitchTo(DebianServerUser, passwdFile) : CurrentUser;

    public static ServerAccount SwitchTo(string userName, string passwdFile = "/etc/passwd")
    {
        var known = File.Exists(passwdFile)
            && File.ReadLines(passwdFile).Any(line => line.StartsWith(userName + ":", StringComparison.Ordinal));
        if (!known)
        {
            throw new StackFailureException(
                StackError.PostgresMissing,
                $"PostgreSQL refuses to run as root, and the user '{userName}' it should run as does not exist. " +
                "Run infra/scripts/install-deps.sh (the postgresql package creates that user), or run the command as an unprivileged user.");
        }

        return new ServerAccount { UserName = userName, SwitchesUser = true };
    }

    /// <summary>The command line that runs <paramref name="program"/> as this account.</summary>
    public ProcessCommand Command(string program, params IEnumerable<string> arguments) =>
        SwitchesUser
            ? new ProcessCommand("setpriv", [$"--reuid={UserName}", $"--regid={UserName}", "--init-groups", "--reset-env", program, .. arguments])
            : new ProcessCommand(program, [.. arguments]);
}
