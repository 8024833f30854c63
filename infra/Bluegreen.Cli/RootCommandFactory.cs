using System.CommandLine;
using Bluegreen.Cli.Commands;

namespace Bluegreen.Cli;

internal static class RootCommandFactory
{
    public static RootCommand Create(CliServices services)
    {
        var root = new RootCommand("bluegreen: blue/green releases as code, on AWS through Pulumi or locally on one machine.");
        root.Options.Add(CommonOptions.Json);
        root.Options.Add(CommonOptions.ProjectDirectory);
        foreach (var command in CommandCatalog.All(services))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
