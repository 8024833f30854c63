using System.Text.Json;

namespace Bluegreen.Aws.Ecs;

/// <summary>
/// Runs a migration as a one-off Fargate task and reports how it ended: <c>aws ecs run-task</c>, then
/// <c>aws ecs wait tasks-stopped</c> (asked again while the waiter gives up before the timeout), then
/// <c>aws ecs describe-tasks</c> for the container's exit code and the task's stop reason.
/// </summary>
public sealed class EcsMigrationTask(IAwsCli cli, string? region, TimeProvider time)
{
    private const string StartedBy = "bluegreen-migrate";

    private readonly AwsCommand _aws = new(cli, region);

    public IReadOnlyList<string> RunTaskArguments(MigrationTaskRequest request) =>
        _aws.Arguments("ecs", "run-task", RunTaskParameters(request));

    public async Task<AwsResult<MigrationTaskResult>> RunAsync(MigrationTaskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = request.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException("The migration task cannot run: " + string.Join(" ", problems), nameof(request));
        }

        var started = time.GetUtcNow();
        var run = await _aws.RunJsonAsync<TasksResponse>("ecs", "run-task", RunTaskParameters(request), AwsJson.CamelCase, cancellationToken)
            .ConfigureAwait(false);
        if (!run.Succeeded)
        {
            return run.Failure;
        }

        if (run.Value.Tasks is not [var task, ..])
        {
            return new MigrationTaskResult(false, null, null, null, null, "ECS did not start the migration task: " + Failures(run.Value) + ".");
        }

        var stopped = await WaitUntilStoppedAsync(request, task.TaskArn, started, cancellationToken).ConfigureAwait(false);
        if (!stopped.Succeeded)
        {
            return stopped.Failure;
        }

        var described = await _aws.RunJsonAsync<TasksResponse>(
            "ecs", "describe-tasks", ["--cluster", request.Cluster, "--tasks", task.TaskArn], AwsJson.CamelCase, cancellationToken).ConfigureAwait(false);
        if (!described.Succeeded)
        {
            return described.Failure;
        }

        return described.Value.Tasks is [var final, ..]
            ? MigrationTaskOutcome.From(final, request.ContainerName)
            : new MigrationTaskResult(false, task.TaskArn, null, null, null, $"ECS no longer knows migration task {task.TaskArn}: {Failures(described.Value)}.");
    }

    private async Task<AwsResult<string>> WaitUntilStoppedAsync(MigrationTaskRequest request, string taskArn, DateTimeOffset started, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = await _aws.RunAsync("ecs", "wait", ["tasks-stopped", "--cluster", request.Cluster, "--tasks", taskArn], cancellationToken)
                .ConfigureAwait(false);
            if (wait.Succeeded)
            {
                return taskArn;
            }

            var gaveUp = wait.Failure.Kind == AwsErrorKind.WaiterFailed && wait.Failure.Message.Contains("Max attempts exceeded", StringComparison.Ordinal);
            if (!gaveUp)
            {
                return wait.Failure;
            }

            var waited = time.GetUtcNow() - started;
            if (waited >= request.WaitTimeout)
            {
                return new AwsFailure(
                    AwsErrorKind.WaiterFailed,
                    $"Migration task {taskArn} is still running after {waited.TotalMinutes:0} minutes (the limit is {request.WaitTimeout.TotalMinutes:0}); "
                    + "it was left running so that a migration is never cut off halfway.",
                    $"Watch it with `aws ecs describe-tasks --cluster {request.Cluster} --tasks {taskArn}`, or stop it with "
                    + $"`aws ecs stop-task --cluster {request.Cluster} --task {taskArn}`; raise the wait timeout for long migrations.",
                    wait.Failure.CommandLine,
                    wait.Failure.ExitCode);
            }
        }
    }

    private static string Failures(TasksResponse response) =>
        response.Failures is { Count: > 0 } failures
            ? string.Join("; ", failures.Select(failure => $"{failure.Reason}" + (failure.Detail is null ? "" : $" ({failure.Detail})") + (failure.Arn is null ? "" : $" for {failure.Arn}")))
            : "no task and no failure in the answer";

    private static string[] RunTaskParameters(MigrationTaskRequest request)
    {
        var network = new NetworkConfiguration(new AwsVpcConfiguration(request.Subnets, request.SecurityGroups, request.AssignPublicIp ? "ENABLED" : "DISABLED"));
        var overrides = new TaskOverride([new ContainerOverride(request.ContainerName, request.Command)]);
        return
        [
            "--cluster", request.Cluster,
            "--task-definition", request.TaskDefinition,
            "--launch-type", "FARGATE",
            "--count", "1",
            "--started-by", StartedBy,
            "--network-configuration", JsonSerializer.Serialize(network, AwsJson.CamelCaseRequest),
            "--overrides", JsonSerializer.Serialize(overrides, AwsJson.CamelCaseRequest),
        ];
    }
}
