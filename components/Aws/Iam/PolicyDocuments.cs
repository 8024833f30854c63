using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Iam;

/// <summary>IAM policy documents as <c>fn::toJSON</c> expressions, so ARNs from other resources can be referenced.</summary>
public static class PolicyDocuments
{
    private const string Version = "2012-10-17";

    /// <summary>Lets an AWS service (e.g. "ecs-tasks.amazonaws.com") assume the role.</summary>
    public static Expr AssumeRoleBy(string servicePrincipal) => Document(Expr.Map(
        ("Effect", "Allow"),
        ("Principal", Expr.Map(("Service", servicePrincipal))),
        ("Action", "sts:AssumeRole")));

    /// <summary>Allows exactly these actions on exactly one resource.</summary>
    public static Expr Allow(IEnumerable<string> actions, Expr resourceArn) => Document(Expr.Map(
        ("Effect", "Allow"),
        ("Action", Expr.List(actions.Select(action => (Expr)action))),
        ("Resource", resourceArn)));

    private static ToJsonCall Document(Expr statement) =>
        Fn.ToJson(Expr.Map(("Version", Version), ("Statement", Expr.List(statement))));
}
