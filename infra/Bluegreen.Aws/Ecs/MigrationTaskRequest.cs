namespace Bluegreen.Aws.Ecs;

/// <summary>A one-off ECS task that runs a version's migrations inside the VPC, on Fargate.</summary>
public sealed record MigrationTaskRequest
{
    /// <summary>The cluster name or ARN.</summary>
    public required string Cluster { get; init; }

    /// <summary>The migration task definition (family:revision or ARN) of the color that will run the version.</summary>
    public required string TaskDefinition { get; init; }

    /// <summary>The container in the task definition whose command is replaced by <see cref="Command"/>.</summary>
    public required string ContainerName { get; init; }

    /// <summary>The migration command, one argument per item, e.g. <c>["dotnet", "app.dll", "migrate", "expand"]</c>.</summary>
    public required IReadOnlyList<string> Command { get; init; }

    /// <summary>Subnets for the task's network interface (awsvpc); the services' private subnets.</summary>
    public required IReadOnlyList<string> Subnets { get; init; }

    /// <summary>Security groups for the task; the services' group, so the task can reach the database.</summary>
    public required IReadOnlyList<string> SecurityGroups { get; init; }

    /// <summary>Whether the task gets a public IP.</summary>
    /// <remarks>Left out, it does not (<c>DISABLED</c>): the task runs in private subnets and pulls through the VPC's NAT or endpoints.</remarks>
    public bool AssignPublicIp { get; init; }

    /// <summary>How long to wait for the task to stop before giving up on it (it is left running).</summary>
    /// <remarks>Left out, 30 minutes. One <c>aws ecs wait tasks-stopped</c> gives up after 100 polls 6 s apart (the TasksStopped waiter); it is asked again until this passes.</remarks>
    public TimeSpan WaitTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Every problem with the request; empty when it can run.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Require(string value, string name)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{name} is empty; name it from the stack's outputs.");
            }
        }

        Require(Cluster, nameof(Cluster));
        Require(TaskDefinition, nameof(TaskDefinition));
        Require(ContainerName, nameof(ContainerName));
        if (Command.Count == 0)
        {
            problems.Add("Command is empty; give the migration command, one argument per item.");
        }

        if (Subnets.Count == 0)
        {
            problems.Add("Subnets is empty; a Fargate task needs at least one subnet (the services' private subnets).");
        }

        if (WaitTimeout <= TimeSpan.Zero)
        {
            problems.Add($"WaitTimeout is {WaitTimeout}; give a positive duration.");
        }

        return problems;
    }
}
