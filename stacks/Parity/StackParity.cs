using Bluegreen.Components;
using Bluegreen.Components.BlueGreen;
using Bluegreen.Components.Model;
using Bluegreen.Components.Parity;
using Bluegreen.Stacks.Composition;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Stacks.Parity;

/// <summary>Parity of blue and green as a stack would deploy them: the program's arguments with the stack's values filled in.</summary>
public static class StackParity
{
    public static IReadOnlyList<ParityFinding> Check(AppDefinition app, StackSettings settings)
    {
        var project = new BluegreenProject(app);
        return ColorParity.Check(
            app,
            Resolve(app, settings, project.ColorArguments(DeploymentColor.Blue)),
            Resolve(app, settings, project.ColorArguments(DeploymentColor.Green)));
    }

    /// <summary>One color's arguments with every config reference replaced by the stack's value.</summary>
    public static ColorEnvironmentArgs Resolve(AppDefinition app, StackSettings settings, ColorEnvironmentArgs args)
    {
        var values = StackConfigValues.From(app, settings);
        return args.Map(app, (_, value) => ExprRewriter.Rewrite(value, node =>
            node is Reference reference && values.TryGetValue(reference.Path, out var resolved) ? resolved : null));
    }
}
