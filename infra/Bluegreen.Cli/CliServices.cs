using Bluegreen.Cli.EngineVerbs;
using Bluegreen.Components;
using Bluegreen.Engines;
using Bluegreen.Stacks.Apps;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Cli;

/// <summary>What commands need from the outside world; tests replace the parts that touch processes, clocks or networks.</summary>
internal sealed record CliServices
{
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The app whose program is generated and whose stacks are validated.</summary>
    public AppDefinition App { get; init; } = SampleApp.Definition;

    /// <summary>Creates the engine that realises a stack; tests replace it with a fake.</summary>
    public StackEngineFactory Engines { get; init; } = StackEngines.Create;

    /// <summary>The nearest folder at or above the working directory that holds Infra.sln or Pulumi.yaml.</summary>
    public string FindProjectDirectory() =>
        ProjectFolder.Find(WorkingDirectory) ?? throw new StackFailureException(
            StackError.InvalidInput,
            $"No Pulumi.yaml or Infra.sln at or above {WorkingDirectory}. Run from the project folder or pass --project-dir.");
}
