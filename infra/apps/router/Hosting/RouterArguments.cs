using Bluegreen.Local.Contracts.Routing;
using Bluegreen.Router.State;

namespace Bluegreen.Router.Hosting;

/// <summary>The router's command line: <c>--state &lt;dir&gt;</c>, nothing else; everything else is in the state folder.</summary>
internal sealed record RouterArguments(string StateDirectory)
{
    public const string Usage = "usage: dotnet Bluegreen.Router.dll --state <router state folder holding snapshot.json>";

    public static RouterArguments Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 2 && args[0] == "--state" && args[1].Length > 0)
        {
            return Directory.Exists(args[1])
                ? new RouterArguments(args[1])
                : throw new RouterStartupException(
                    RouterExitCodes.InvalidInput,
                    $"The state folder {args[1]} does not exist. Create it and write {RouterStateFiles.Snapshot} into it first.");
        }

        throw new RouterStartupException(RouterExitCodes.InvalidInput, $"Unexpected arguments: \"{string.Join(' ', args)}\". {Usage}");
    }
}
