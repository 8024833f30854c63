namespace Bluegreen.Stacks.Settings;

/// <summary>Thrown by <see cref="StackSettingsLoader.LoadValid"/> when a stack is unknown or its settings are invalid.</summary>
public sealed class StackSettingsException(StackLoadResult result)
    : Exception(result.StackExists
        ? $"Stack \"{result.StackName}\" has {result.Errors.Count} invalid setting(s)."
        : result.Errors.Count > 0 ? result.Errors[0].Message : $"No stack \"{result.StackName}\".")
{
    public StackLoadResult Result { get; } = result;
}
