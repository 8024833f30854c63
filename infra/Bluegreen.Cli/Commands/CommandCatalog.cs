using System.CommandLine;

namespace Bluegreen.Cli.Commands;

/// <summary>Every verb of the command line, in help order.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(CliServices services)
    {
        yield return new SynthCommand(services);
        yield return new PlanCommand(services);
        yield return new UpCommand(services);
        yield return new StatusCommand(services);
        yield return new DeployCommand(services);
        yield return new SwitchCommand(services);
        yield return new RollbackCommand(services);
        yield return new DriftCommand(services);
        yield return new DrillCommand(services);
        yield return new DownCommand(services);
    }
}
