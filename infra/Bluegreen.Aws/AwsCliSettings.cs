namespace Bluegreen.Aws;

/// <summary>How to start the aws program.</summary>
public sealed record AwsCliSettings
{
    /// <summary>Full path of the aws program (see <see cref="AwsExecutable.Locate"/>).</summary>
    public required string Executable { get; init; }

    /// <summary>The region every call names with <c>--region</c>, e.g. the stack's <c>aws:region</c>.</summary>
    /// <remarks>Left out, the CLI takes the region from <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c> or the profile.</remarks>
    public string? Region { get; init; }

    /// <summary>Variables set for every run on top of this process's environment, e.g. <c>AWS_PROFILE</c>.</summary>
    /// <remarks>Left empty, runs inherit this process's environment; the pager and auto-prompt are always off.</remarks>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Settings from this process's environment: <c>BLUEGREEN_AWS</c> or PATH.</summary>
    public static AwsResult<AwsCliSettings> FromEnvironment(string? region = null)
    {
        var executable = AwsExecutable.Locate(System.Environment.GetEnvironmentVariable);
        return executable.Succeeded
            ? new AwsCliSettings { Executable = executable.Value, Region = region }
            : executable.Failure;
    }
}
