using System.Text.Json;

namespace Bluegreen.Aws;

/// <summary>
/// One typed call: <c>aws &lt;service&gt; &lt;operation&gt; &lt;parameters&gt; --output json [--region R]</c>, a non-zero
/// exit turned into an <see cref="AwsFailure"/>, the output read into the operation's output shape.
/// </summary>
internal sealed class AwsCommand(IAwsCli cli, string? region)
{
    public IReadOnlyList<string> Arguments(string service, string operation, IReadOnlyList<string> parameters) =>
        [service, operation, .. parameters, "--output", "json", .. region is null ? Array.Empty<string>() : new[] { "--region", region }];

    public async Task<AwsResult<AwsRun>> RunAsync(string service, string operation, IReadOnlyList<string> parameters, CancellationToken cancellationToken)
    {
        var run = await cli.RunAsync(Arguments(service, operation, parameters), cancellationToken).ConfigureAwait(false);
        if (!run.Succeeded)
        {
            return run.Failure;
        }

        return run.Value.ExitCode == 0 ? run : AwsErrors.Classify(run.Value);
    }

    public async Task<AwsResult<T>> RunJsonAsync<T>(
        string service,
        string operation,
        IReadOnlyList<string> parameters,
        JsonSerializerOptions json,
        CancellationToken cancellationToken)
        where T : notnull
    {
        var run = await RunAsync(service, operation, parameters, cancellationToken).ConfigureAwait(false);
        if (!run.Succeeded)
        {
            return run.Failure;
        }

        try
        {
            var output = JsonSerializer.Deserialize<T>(run.Value.StandardOutput, json);
            if (output is not null)
            {
                return output;
            }
        }
        catch (JsonException)
        {
            // Reported below with the command and the start of what it printed.
        }

        var printed = run.Value.StandardOutput.Trim();
        return new AwsFailure(
            AwsErrorKind.UnreadableOutput,
            $"`{run.Value.CommandLine}` printed output that is not the {operation} output shape: "
            + $"'{(printed.Length > 200 ? printed[..200] + "…" : printed)}'.",
            "Run the command by hand; an AWS CLI older than version 2 or an aws wrapper script can print something else.",
            run.Value.CommandLine,
            run.Value.ExitCode);
    }
}
