namespace Bluegreen.Aws.Ecs;

// Request and output shapes of `aws ecs run-task` and `aws ecs describe-tasks`, member names as in botocore
// botocore/data/ecs/2014-11-13/service-2.json: NetworkConfiguration { awsvpcConfiguration: AwsVpcConfiguration {
// subnets, securityGroups, assignPublicIp } }, TaskOverride { containerOverrides: [ContainerOverride { name,
// command }] }, RunTaskResponse and DescribeTasksResponse { tasks: [Task], failures: [Failure { arn, reason, detail }] },
// Task { taskArn, lastStatus, stopCode, stoppedReason, containers: [Container { name, lastStatus, exitCode, reason }] }.

internal sealed record NetworkConfiguration(AwsVpcConfiguration AwsvpcConfiguration);

internal sealed record AwsVpcConfiguration(IReadOnlyList<string> Subnets, IReadOnlyList<string> SecurityGroups, string AssignPublicIp);

internal sealed record TaskOverride(IReadOnlyList<ContainerOverride> ContainerOverrides);

internal sealed record ContainerOverride(string Name, IReadOnlyList<string> Command);

internal sealed record TasksResponse(IReadOnlyList<EcsTask>? Tasks, IReadOnlyList<EcsFailure>? Failures);

internal sealed record EcsTask(
    string TaskArn,
    string? LastStatus,
    string? StopCode,
    string? StoppedReason,
    IReadOnlyList<EcsContainer>? Containers);

internal sealed record EcsContainer(string Name, string? LastStatus, int? ExitCode, string? Reason);

internal sealed record EcsFailure(string? Arn, string? Reason, string? Detail);
