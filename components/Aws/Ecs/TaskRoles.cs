using Bluegreen.Components.Aws.Iam;
using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Ecs;

/// <summary>
/// The two roles every task uses. The execution role lets ECS pull images, write logs and read the database secret
/// into the container; the task role lets the app itself read the active-color parameter, and nothing else.
/// </summary>
public sealed class TaskRoles
{
    public const string ExecutionRoleName = "taskExecutionRole";
    public const string TaskRoleName = "taskRole";
    private const string EcsTasksPrincipal = "ecs-tasks.amazonaws.com";
    private const string ExecutionPolicyArn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";

    public TaskRoles(Expr databaseSecretArn, Expr activeColorParameterArn)
    {
        var execution = Role(ExecutionRoleName, "Lets ECS start the tasks: pull images, write logs, read the database secret");
        var task = Role(TaskRoleName, "What the apps may do: read the published active color");
        Resources =
        [
            execution,
            new Resource("taskExecutionRolePolicy", TypeTokens.IamRolePolicyAttachment, Expr.Map(
                ("role", execution.Output("name")),
                ("policyArn", ExecutionPolicyArn))),
            new Resource("taskExecutionSecretPolicy", TypeTokens.IamRolePolicy, Expr.Map(
                ("role", execution.Output("name")),
                ("policy", PolicyDocuments.Allow(["secretsmanager:GetSecretValue"], databaseSecretArn)))),
            task,
            new Resource("taskRoleParameterPolicy", TypeTokens.IamRolePolicy, Expr.Map(
                ("role", task.Output("name")),
                ("policy", PolicyDocuments.Allow(["ssm:GetParameter"], activeColorParameterArn)))),
        ];
        ExecutionRoleArn = execution.Output("arn");
        TaskRoleArn = task.Output("arn");
    }

    public IReadOnlyList<Resource> Resources { get; }

    public Expr ExecutionRoleArn { get; }

    public Expr TaskRoleArn { get; }

    private static Resource Role(string name, string description) =>
        new(name, TypeTokens.IamRole, Expr.Map(
            ("description", description),
            ("assumeRolePolicy", PolicyDocuments.AssumeRoleBy(EcsTasksPrincipal))));
}
