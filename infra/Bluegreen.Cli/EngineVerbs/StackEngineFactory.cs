using Bluegreen.Components;
using Bluegreen.Engines;
using Bluegreen.Engines.Local;
using Bluegreen.Engines.Pulumi;
using Bluegreen.Engines.Pulumi.Driver;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Cli.EngineVerbs;

/// <summary>Chooses the engine that realises a stack: the Pulumi CLI for AWS stacks, real local parts for local ones.</summary>
internal delegate IStackEngine StackEngineFactory(StackSettings settings, AppDefinition app, string projectDirectory, CommandOutput output);

internal static class StackEngines
{
    public static IStackEngine Create(StackSettings settings, AppDefinition app, string projectDirectory, CommandOutput output) =>
        settings.Engine switch
        {
            EngineKind.Aws => PulumiStackEngine.Create(
                new Bluegreen.Engines.Pulumi.Driver.PulumiCli(PulumiCliSettings.FromEnvironment()), settings.StackName, projectDirectory, TimeProvider.System),
            EngineKind.Local => LocalStackEngine.Create(settings, app, projectDirectory, TimeProvider.System, output.Progress),
            _ => throw new StackFailureException(
                StackError.InvalidInput,
                $"Stack \"{settings.StackName}\" uses the {settings.Engine} engine, which this build cannot drive."),
        };
}
