namespace Bluegreen.Aws.Ecs;

/// <summary>How a migration task ended.</summary>
/// <param name="Succeeded">The migration container exited with code 0.</param>
/// <param name="TaskArn">The task's ARN; null when ECS did not start one.</param>
/// <param name="ExitCode">The migration container's exit code; null when it never ran to completion.</param>
/// <param name="StopCode">ECS's TaskStopCode, e.g. <c>EssentialContainerExited</c> or <c>TaskFailedToStart</c>.</param>
public sealed record MigrationTaskResult(
    bool Succeeded,
    string? TaskArn,
    int? ExitCode,
    string? StopCode,
    string? StoppedReason,
    string Message);
