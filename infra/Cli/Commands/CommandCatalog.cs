using System.CommandLine;

namespace Bluegreen.Infra.Cli.Commands;

/// <summary>Every verb of the command line, in help order.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(CliServices services)
    {
        yield return new SynthCommand(services);
        yield return new PlanCommand(services);
    }
}
