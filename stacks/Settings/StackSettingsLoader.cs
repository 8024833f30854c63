using Bluegreen.Components;

namespace Bluegreen.Stacks.Settings;

/// <summary>Reads <c>Pulumi.&lt;stack&gt;.yaml</c> from a project folder and validates it against the app's settings schema.</summary>
public sealed class StackSettingsLoader(AppDefinition app)
{
    public StackLoadResult Load(string projectDirectory, string stackName)
    {
        var path = StackFiles.PathOf(projectDirectory, stackName);
        if (stackName.Length == 0 || stackName.IndexOfAny(['/', '\\']) >= 0 || !File.Exists(path))
        {
            var known = StackFiles.Find(projectDirectory);
            var list = known.Count > 0 ? $"Stacks here: {string.Join(", ", known)}." : "There are no stack files here.";
            return new StackLoadResult
            {
                StackName = stackName,
                StackExists = false,
                Errors = [new SettingsError("", $"No stack \"{stackName}\": there is no {StackFiles.FileName(stackName)} in {projectDirectory}. {list} "
                    + $"Create it with: pulumi stack init {stackName}")],
            };
        }

        return StackSettingsParser.Parse(app, stackName, File.ReadAllText(path));
    }

    /// <summary>The stack's settings; throws <see cref="StackSettingsException"/> carrying every problem otherwise.</summary>
    public StackSettings LoadValid(string projectDirectory, string stackName)
    {
        var result = Load(projectDirectory, stackName);
        return result.IsValid ? result.Settings! : throw new StackSettingsException(result);
    }

    /// <summary>Every stack file in the folder, loaded.</summary>
    public IReadOnlyList<StackLoadResult> LoadAll(string projectDirectory) =>
        [.. StackFiles.Find(projectDirectory).Select(stack => Load(projectDirectory, stack))];
}
