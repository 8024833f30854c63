namespace Bluegreen.Aws.Ecs;

/// <summary>Reads a stopped task: the migration passed only when its container exited with code 0.</summary>
internal static class MigrationTaskOutcome
{
    public static MigrationTaskResult From(EcsTask task, string containerName)
    {
        var container = task.Containers?.FirstOrDefault(candidate => candidate.Name == containerName);
        var stop = Stop(task);
        if (container is null)
        {
            var names = string.Join(", ", (task.Containers ?? []).Select(candidate => candidate.Name));
            return Failed(task, null, $"Migration task {task.TaskArn} has no container named '{containerName}' (it has: {names}){stop}.");
        }

        return container.ExitCode switch
        {
            0 => new MigrationTaskResult(true, task.TaskArn, 0, task.StopCode, task.StoppedReason,
                $"Migration task {task.TaskArn} finished: container '{containerName}' exited with code 0."),
            int code => Failed(task, code,
                $"Migration task {task.TaskArn} failed: container '{containerName}' exited with code {code}{stop}. "
                + "Its log (the task definition's log configuration) has the migration's error."),
            null => Failed(task, null,
                $"Migration task {task.TaskArn} failed: container '{containerName}' has no exit code, so the migration never ran to the end{stop}"
                + (container.Reason is null ? "." : $"; container: {container.Reason}.")),
        };
    }

    private static MigrationTaskResult Failed(EcsTask task, int? exitCode, string message) =>
        new(false, task.TaskArn, exitCode, task.StopCode, task.StoppedReason, message);

    private static string Stop(EcsTask task) =>
        task.StopCode is null && task.StoppedReason is null ? "" : $" ({task.StopCode}: {task.StoppedReason})";
}
