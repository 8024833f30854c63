namespace Bluegreen.Aws;

/// <summary>
/// The process boundary to the AWS CLI. A non-zero exit is a run like any other; only a program that cannot be
/// started is a failure here.
/// </summary>
public interface IAwsCli
{
    /// <summary>Runs <c>aws</c> with exactly these arguments and captures both output streams.</summary>
    Task<AwsResult<AwsRun>> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken);
}
