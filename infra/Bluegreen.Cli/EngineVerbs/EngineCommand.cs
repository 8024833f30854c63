using System.CommandLine;
using Bluegreen.Cli.Validation;
using Bluegreen.Engines;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Cli.EngineVerbs;

/// <summary>A verb that acts on one stack through its engine: validates the stack's settings first, then delegates.</summary>
internal abstract class EngineCommand : BluegreenCommand
{
    protected EngineCommand(string name, string description, CliServices services)
        : base(name, description, services)
    {
        Options.Add(CommonOptions.Stack);
    }

    protected sealed override Task<int> ExecuteAsync(ParseResult parse, CommandOutput output, CancellationToken cancellationToken)
    {
        var projectDirectory = ProjectDirectory(parse);
        var settings = ProjectValidation.RequireValidStack(Services.App, projectDirectory, parse.GetValue(CommonOptions.Stack)!);
        var context = new EngineContext(settings, projectDirectory, output, () => Services.Engines(settings, Services.App, projectDirectory, output));
        return ExecuteAsync(parse, context, cancellationToken);
    }

    protected abstract Task<int> ExecuteAsync(ParseResult parse, EngineContext context, CancellationToken cancellationToken);
}

/// <summary>What an engine verb works with. The engine is created only when the verb needs it.</summary>
internal sealed class EngineContext(StackSettings settings, string projectDirectory, CommandOutput output, Func<IStackEngine> createEngine)
{
    private IStackEngine? _engine;

    public StackSettings Settings { get; } = settings;

    public string ProjectDirectory { get; } = projectDirectory;

    public CommandOutput Output { get; } = output;

    public IStackEngine Engine => _engine ??= createEngine();
}
