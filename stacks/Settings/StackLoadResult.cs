namespace Bluegreen.Stacks.Settings;

/// <summary>The outcome of reading one stack file: settings when valid, otherwise every problem found.</summary>
public sealed record StackLoadResult
{
    public required string StackName { get; init; }

    public StackSettings? Settings { get; init; }

    public IReadOnlyList<SettingsError> Errors { get; init; } = [];

    /// <summary>False when there is no <c>Pulumi.&lt;stack&gt;.yaml</c>; <see cref="Errors"/> then says which stacks exist.</summary>
    public bool StackExists { get; init; } = true;

    public bool IsValid => Settings is not null && Errors.Count == 0;
}
