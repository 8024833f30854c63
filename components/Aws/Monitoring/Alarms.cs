using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Monitoring;

/// <summary>
/// CloudWatch alarms on what makes a color unfit for traffic: server errors, unhealthy targets, replica lag. Each one
/// notifies an SNS topic when it fires and again when it clears.
/// </summary>
public static class Alarms
{
    private const string LoadBalancerNamespace = "AWS/ApplicationELB";
    private const int PeriodSeconds = 60;
    private const int EvaluationPeriods = 3;

    /// <summary>Target 5xx responses as a percentage of requests, above <paramref name="thresholdPercent"/> for 3 minutes.</summary>
    public static Resource ServerErrorRate(string name, Expr alarmName, Expr topicArn, Expr loadBalancerArnSuffix, Expr targetGroupArnSuffix, int thresholdPercent)
    {
        var dimensions = TargetGroupDimensions(loadBalancerArnSuffix, targetGroupArnSuffix);
        return Alarm(name, alarmName, topicArn, $"Target 5xx responses above {thresholdPercent}% of requests", thresholdPercent,
        [
            new("metricQueries", Expr.List(
                Query("errors", "HTTPCode_Target_5XX_Count", dimensions),
                Query("requests", "RequestCount", dimensions),
                Expr.Map(
                    ("id", "errorRate"),
                    ("expression", "IF(requests > 0, 100 * errors / requests, 0)"),
                    ("label", "Target 5xx responses (% of requests)"),
                    ("returnData", true)))),
        ]);
    }

    /// <summary>Any target failing its health check for 3 minutes.</summary>
    public static Resource UnhealthyHosts(string name, Expr alarmName, Expr topicArn, Expr loadBalancerArnSuffix, Expr targetGroupArnSuffix) =>
        Alarm(name, alarmName, topicArn, "Targets failing the load balancer health check", 0,
        [
            new("namespace", LoadBalancerNamespace),
            new("metricName", "UnHealthyHostCount"),
            new("dimensions", TargetGroupDimensions(loadBalancerArnSuffix, targetGroupArnSuffix)),
            new("statistic", "Maximum"),
            new("period", PeriodSeconds),
        ]);

    /// <summary>The replica lagging the primary by more than <paramref name="maxLagSeconds"/> for 3 minutes.</summary>
    public static Resource ReplicaLag(string name, Expr alarmName, Expr topicArn, Expr replicaIdentifier, Expr maxLagSeconds) =>
        Alarm(name, alarmName, topicArn, "Read replica lags the primary", maxLagSeconds,
        [
            new("namespace", "AWS/RDS"),
            new("metricName", "ReplicaLag"),
            new("dimensions", Expr.Map(("DBInstanceIdentifier", replicaIdentifier))),
            new("statistic", "Maximum"),
            new("period", PeriodSeconds),
        ]);

    private static Resource Alarm(string name, Expr alarmName, Expr topicArn, string description, Expr threshold, IEnumerable<Entry> metric) =>
        new(name, TypeTokens.MetricAlarm, Expr.Map(
        [
            new("name", alarmName),
            new("alarmDescription", description),
            new("comparisonOperator", "GreaterThanThreshold"),
            new("threshold", threshold),
            new("evaluationPeriods", EvaluationPeriods),
            new("datapointsToAlarm", EvaluationPeriods),
            new("treatMissingData", "notBreaching"),
            .. metric,
            new("alarmActions", Expr.List(topicArn)),
            new("okActions", Expr.List(topicArn)),
        ]));

    private static ObjectExpr TargetGroupDimensions(Expr loadBalancerArnSuffix, Expr targetGroupArnSuffix) =>
        Expr.Map(("LoadBalancer", loadBalancerArnSuffix), ("TargetGroup", targetGroupArnSuffix));

    private static ObjectExpr Query(string id, string metricName, ObjectExpr dimensions) => Expr.Map(
        ("id", id),
        ("metric", Expr.Map(
            ("namespace", LoadBalancerNamespace),
            ("metricName", metricName),
            ("dimensions", dimensions),
            ("period", PeriodSeconds),
            ("stat", "Sum"))),
        ("returnData", false));
}
