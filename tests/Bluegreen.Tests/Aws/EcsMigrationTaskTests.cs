using System.Text.Json;
using Bluegreen.Aws;
using Bluegreen.Aws.Ecs;

namespace Bluegreen.Tests.Aws;

public sealed class EcsMigrationTaskTests : IDisposable
{
    private const string TaskArn = "arn:aws:ecs:eu-west-1:123456789012:task/shop/0f7c3a9d2b6e4c1a8f5d3e2b1a0c9d8e";
    private const string MaxAttempts = "\nWaiter TasksStopped failed: Max attempts exceeded\n";

    private static readonly MigrationTaskRequest Request = new()
    {
        Cluster = "shop",
        TaskDefinition = "shop-green-migrate:7",
        ContainerName = "migrate",
        Command = ["dotnet", "Shop.dll", "migrate", "expand"],
        Subnets = ["subnet-0a1b2c3d4e5f60718", "subnet-0b1c2d3e4f5a60729"],
        SecurityGroups = ["sg-0123456789abcdef0"],
    };

    private static readonly string[] RunTask =
    [
        "ecs", "run-task", "--cluster", "shop", "--task-definition", "shop-green-migrate:7", "--launch-type", "FARGATE", "--count", "1",
        "--started-by", "bluegreen-migrate",
        "--network-configuration",
        """{"awsvpcConfiguration":{"subnets":["subnet-0a1b2c3d4e5f60718","subnet-0b1c2d3e4f5a60729"],"securityGroups":["sg-0123456789abcdef0"],"assignPublicIp":"DISABLED"}}""",
        "--overrides", """{"containerOverrides":[{"name":"migrate","command":["dotnet","Shop.dll","migrate","expand"]}]}""",
        "--output", "json", "--region", "eu-west-1",
    ];

    private static readonly string[] Wait = ["ecs", "wait", "tasks-stopped", "--cluster", "shop", "--tasks", TaskArn, "--output", "json", "--region", "eu-west-1"];

    private static readonly string[] Describe = ["ecs", "describe-tasks", "--cluster", "shop", "--tasks", TaskArn, "--output", "json", "--region", "eu-west-1"];

    private readonly AwsScenario _scenario = new();

    public void Dispose() => _scenario.Dispose();

    [Fact]
    public void RunTaskArguments_RequestMembersAreTheModelsShapes()
    {
        var args = Runner().RunTaskArguments(Request);

        Assert.Equal(RunTask, args);
        Assert.Empty(BotocoreShapes.Problems("ecs", "NetworkConfiguration", JsonDocument.Parse(args[13]).RootElement));
        Assert.Empty(BotocoreShapes.Problems("ecs", "TaskOverride", JsonDocument.Parse(args[15]).RootElement));
    }

    [Fact]
    public async Task Run_ExitCodeZero_Succeeds_AfterRunWaitDescribe()
    {
        _scenario.Expect(RunTask, fixture: "ecs-run-task.json").Expect(Wait).Expect(Describe, fixture: "ecs-describe-tasks-exit-0.json");

        var result = await Runner().RunAsync(Request, CancellationToken.None);

        _scenario.AssertAllCallsMade();
        Assert.Equal(
            new MigrationTaskResult(true, TaskArn, 0, "EssentialContainerExited", "Essential container in task exited",
                $"Migration task {TaskArn} finished: container 'migrate' exited with code 0."),
            result.Value);
    }

    [Fact]
    public async Task Run_NonZeroExit_FailsWithTheCodeAndTheStopReason()
    {
        _scenario.Expect(RunTask, fixture: "ecs-run-task.json").Expect(Wait).Expect(Describe, fixture: "ecs-describe-tasks-exit-3.json");

        var result = (await Runner().RunAsync(Request, CancellationToken.None)).Value!;

        Assert.False(result.Succeeded);
        Assert.Equal(3, result.ExitCode);
        Assert.Equal(
            $"Migration task {TaskArn} failed: container 'migrate' exited with code 3 (EssentialContainerExited: Essential container in task exited). "
            + "Its log (the task definition's log configuration) has the migration's error.",
            result.Message);
    }

    [Fact]
    public async Task Run_NoExitCode_FailsWithTheContainersReason()
    {
        _scenario.Expect(RunTask, fixture: "ecs-run-task.json").Expect(Wait).Expect(Describe, fixture: "ecs-describe-tasks-no-exit-code.json");

        var result = (await Runner().RunAsync(Request, CancellationToken.None)).Value!;

        Assert.False(result.Succeeded);
        Assert.Null(result.ExitCode);
        Assert.Equal("TaskFailedToStart", result.StopCode);
        Assert.StartsWith(
            $"Migration task {TaskArn} failed: container 'migrate' has no exit code, so the migration never ran to the end (TaskFailedToStart: "
            + "CannotPullContainerError: pull image manifest has been retried 7 time(s)",
            result.Message);
        Assert.EndsWith("; container: CannotPullContainerError: pull image manifest has been retried 7 time(s): failed to resolve ref "
            + "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop:2.1.0: not found.", result.Message);
    }

    [Fact]
    public async Task Run_EcsStartsNoTask_FailsWithEcsReasonAndWaitsForNothing()
    {
        _scenario.Expect(RunTask, fixture: "ecs-run-task-failure.json");

        var result = (await Runner().RunAsync(Request, CancellationToken.None)).Value!;

        _scenario.AssertAllCallsMade();
        Assert.Equal(
            new MigrationTaskResult(false, null, null, null, null,
                "ECS did not start the migration task: MISSING for arn:aws:ecs:eu-west-1:123456789012:cluster/shop."),
            result);
    }

    [Fact]
    public async Task Run_WaiterGivesUpBeforeTheTimeout_WaitsAgain()
    {
        _scenario.Expect(RunTask, fixture: "ecs-run-task.json")
            .Expect(Wait, exitCode: 255, stderr: MaxAttempts)
            .Expect(Wait)
            .Expect(Describe, fixture: "ecs-describe-tasks-exit-0.json");

        var result = await Runner(new AdvancingClock(TimeSpan.FromMinutes(10))).RunAsync(Request, CancellationToken.None);

        _scenario.AssertAllCallsMade();
        Assert.True(result.Value!.Succeeded);
    }

    [Fact]
    public async Task Run_StillRunningAtTheTimeout_IsAFailureThatLeavesTheTaskRunning()
    {
        _scenario.Expect(RunTask, fixture: "ecs-run-task.json")
            .Expect(Wait, exitCode: 255, stderr: MaxAttempts)
            .Expect(Wait, exitCode: 255, stderr: MaxAttempts)
            .Expect(Wait, exitCode: 255, stderr: MaxAttempts);

        // Read at the start and after each give-up: 10, 20, then 30 minutes waited against a 30 minute limit.
        var result = await Runner(new AdvancingClock(TimeSpan.FromMinutes(10))).RunAsync(Request, CancellationToken.None);

        _scenario.AssertAllCallsMade();
        Assert.Equal(AwsErrorKind.WaiterFailed, result.Failure!.Kind);
        Assert.Equal(
            $"Migration task {TaskArn} is still running after 30 minutes (the limit is 30); it was left running so that a migration is never cut off halfway.",
            result.Failure.Message);
        Assert.Equal(
            $"Watch it with `aws ecs describe-tasks --cluster shop --tasks {TaskArn}`, or stop it with `aws ecs stop-task --cluster shop --task {TaskArn}`; "
            + "raise the wait timeout for long migrations.",
            result.Failure.Fix);
    }

    [Fact]
    public async Task Run_AccessDeniedOnRunTask_IsAFailureNamingThePermission()
    {
        _scenario.Expect(RunTask, exitCode: 254, stderr:
            "\nAn error occurred (AccessDeniedException) when calling the RunTask operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ecs:RunTask\n");

        var result = await Runner().RunAsync(Request, CancellationToken.None);

        Assert.Equal(AwsErrorKind.AccessDenied, result.Failure!.Kind);
        Assert.Equal("Allow ecs:RunTask for the identity the CLI runs as (`aws sts get-caller-identity` shows it).", result.Failure.Fix);
    }

    [Fact]
    public async Task Run_IncompleteRequest_NamesEveryProblemBeforeAnyCall()
    {
        var request = Request with { Cluster = "", Subnets = [], Command = [] };

        var failure = await Assert.ThrowsAsync<ArgumentException>(() => Runner().RunAsync(request, CancellationToken.None));

        Assert.StartsWith(
            "The migration task cannot run: Cluster is empty; name it from the stack's outputs. Command is empty; give the migration command, "
            + "one argument per item. Subnets is empty; a Fargate task needs at least one subnet (the services' private subnets).",
            failure.Message);
        Assert.Empty(_scenario.Invocations());
    }

    private EcsMigrationTask Runner(TimeProvider? time = null) => new(_scenario.Cli(), AwsScenario.Region, time ?? new AdvancingClock(TimeSpan.Zero));
}
