using Bluegreen.Components;
using Bluegreen.Components.Validation;
using Bluegreen.Engines;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Cli.Validation;

/// <summary>Checks shared by synth and plan: the app's shape, and stack files.</summary>
internal static class ProjectValidation
{
    /// <summary>Fails with <see cref="ExitCodes.InvalidInput"/> and every problem when the app's shape is invalid.</summary>
    public static void RequireValidApp(AppDefinition app)
    {
        var problems = AppShapeValidation.Validate(app);
        if (problems.Count > 0)
        {
            throw new StackFailureException(StackError.InvalidInput, $"The app \"{app.Name}\" is not valid ({problems.Count} problem(s)). Fix its definition in code.", problems);
        }
    }

    /// <summary>The stack's settings; fails with a named exit code and every problem otherwise.</summary>
    public static StackSettings RequireValidStack(AppDefinition app, string projectDirectory, string stackName)
    {
        var result = new StackSettingsLoader(app).Load(projectDirectory, stackName);
        if (!result.StackExists)
        {
            throw new StackFailureException(StackError.UnknownStack, result.Errors[0].Message);
        }

        return result.IsValid
            ? result.Settings!
            : throw new StackFailureException(StackError.InvalidInput, $"Stack \"{stackName}\" has {result.Errors.Count} invalid setting(s) in {StackFiles.FileName(stackName)}.", [.. result.Errors.Select(e => e.Message)]);
    }

    /// <summary>The app's shape problems and every stack file's problems, each prefixed with where it is.</summary>
    public static IReadOnlyList<string> ProblemsInProject(AppDefinition app, string projectDirectory) =>
    [
        .. AppShapeValidation.Validate(app).Select(problem => $"app: {problem}"),
        .. new StackSettingsLoader(app).LoadAll(projectDirectory)
            .SelectMany(result => result.Errors.Select(error => $"{StackFiles.FileName(result.StackName)}: {error.Message}")),
    ];
}
