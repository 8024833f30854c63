using Bluegreen.PulumiYaml.Evaluation;

namespace Bluegreen.Tests.Contracts;

/// <summary>An alarm that notifies nobody pages nobody: every alarm of both colors reaches the stack's SNS topic.</summary>
public class AlarmContractTests
{
    private const string MetricAlarm = "aws:cloudwatch/metricAlarm:MetricAlarm";
    private const string Topic = "aws:sns/topic:Topic";

    private readonly ContractEvaluation _cloud = new();

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void EveryAlarm_NotifiesTheStacksTopic_OnAlarmAndOnRecovery(string stack)
    {
        var result = _cloud.Evaluate("blue", stack: stack);

        var topic = Assert.Single(result.OfType(Topic));
        var alarms = result.OfType(MetricAlarm);
        Assert.Equal(6, alarms.Count);
        var topicArn = topic.Outputs.Get("arn")!;
        Assert.All(alarms, alarm =>
        {
            Assert.Equal([topicArn], ((ListValue)alarm.Input("alarmActions")).Items);
            Assert.Equal([topicArn], ((ListValue)alarm.Input("okActions")).Items);
        });
        Assert.Equal(new StringValue($"shop-{stack}-alarms"), topic.Input("name"));
    }
}
