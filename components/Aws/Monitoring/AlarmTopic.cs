using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Monitoring;

/// <summary>
/// The SNS topic every alarm of both colors notifies. Subscribe people or a pager to it (its ARN is a stack output);
/// it is not KMS-encrypted, because CloudWatch cannot publish to a topic under the AWS-managed SNS key.
/// </summary>
public sealed class AlarmTopic
{
    public const string Name = "alarmTopic";

    public AlarmTopic(Expr topicName)
    {
        var topic = new Resource(Name, TypeTokens.SnsTopic, Expr.Map(("name", topicName)));
        Resources = [topic];
        Arn = topic.Output("arn");
    }

    public IReadOnlyList<Resource> Resources { get; }

    public Expr Arn { get; }
}
