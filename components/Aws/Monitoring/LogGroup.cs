using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Monitoring;

/// <summary>The CloudWatch log group every container writes to, one stream prefix per service and color.</summary>
public sealed class LogGroup
{
    public const string Name = "logGroup";
    private const int RetentionDays = 30;

    public LogGroup(Expr groupName)
    {
        var group = new Resource(Name, TypeTokens.LogGroup, Expr.Map(
            ("name", groupName),
            ("retentionInDays", RetentionDays)));
        Resources = [group];
        GroupName = group.Output("name");
    }

    public IReadOnlyList<Resource> Resources { get; }

    public Expr GroupName { get; }
}
