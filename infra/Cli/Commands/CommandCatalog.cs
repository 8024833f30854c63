using System.CommandLine;

namespace Bluegreen.Infra.Cli.Commands;

/// <summary>Every verb of the command line, in help order.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(CliServices services)
    {
        _ = services;
        yield break;
    }
}
