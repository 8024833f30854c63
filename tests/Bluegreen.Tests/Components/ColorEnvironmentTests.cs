using Bluegreen.Components;
using Bluegreen.Components.BlueGreen;
using Bluegreen.Components.Model;

namespace Bluegreen.Tests.Components;

public class ColorEnvironmentTests
{
    [Fact]
    public void Define_DeclaresOneInputPerSettingAndThreePerService()
    {
        var component = ColorEnvironment.Define(TestApps.Sample);

        Assert.Equal(
        [
            "color", "imageTag", "prioritySlot", "activeColor", "namePrefix", "imageRegistry", "region", "clusterArn", "productionListenerArn",
            "testListenerArn", "loadBalancerArnSuffix", "vpcId", "serviceSubnetIds", "assignPublicIp", "servicesSecurityGroupId",
            "databaseSecurityGroupId", "executionRoleArn", "taskRoleArn", "logGroupName", "primaryDbIdentifier", "primaryDbAddress",
            "dbSecretArn", "dbReplicaInstanceClass", "maxReplicaLagSeconds", "activeColorParameterName", "alarmTopicArn",
            "webDesiredCount", "webCpu", "webMemory", "workerDesiredCount", "workerCpu", "workerMemory",
        ], component.Inputs.Select(i => i.Name));
        Assert.Equal(DeclaredType.Array, component.Inputs.Single(i => i.Name == "serviceSubnetIds").Type);
        Assert.Equal(DeclaredType.String, component.Inputs.Single(i => i.Name == "serviceSubnetIds").Items);
        Assert.All(component.Inputs, input => Assert.Null(input.Default));
    }

    [Fact]
    public void Define_BuildsTheSampleAppsResources()
    {
        var component = ColorEnvironment.Define(TestApps.Sample);

        Assert.Equal(
        [
            "awsProvider", "replica", "webTargetGroup", "webTestHeaderRule", "webRoutingRule", "webErrorRateAlarm", "webUnhealthyHostsAlarm",
            "webTaskDefinition", "webService", "workerTaskDefinition", "workerService", "replicaLagAlarm",
        ], component.Resources.Select(r => r.Name));
        Assert.Equal(
            ["color", "webServiceName", "webTargetGroupArn", "workerServiceName", "replicaAddress", "replicaIdentifier"],
            component.Outputs.Select(o => o.Name));
    }

    [Fact]
    public void HeaderRules_SitOnTheTestListenerOnly_MatchingThePathsAndTheColorHeader_WithAPriorityPerColorSlot()
    {
        var resources = ColorEnvironment.Define(TestApps.ApiAndSite).Resources;

        var apiRule = resources.Named("apiTestHeaderRule");
        Assert.Equal("${testListenerArn}", apiRule.Text("listenerArn"));
        Assert.Equal("fn::select(${prioritySlot}, [1, 2])", apiRule.Text("priority"));
        Assert.Equal("[{pathPattern: {values: [\"/api/*\", \"/graphql\"]}}, {httpHeader: {httpHeaderName: \"X-Color\", values: [${color}]}}]", apiRule.Text("conditions"));
        Assert.Equal("[{type: \"forward\", targetGroupArn: ${apiTargetGroup.arn}}]", apiRule.Text("actions"));
        Assert.Equal("fn::select(${prioritySlot}, [3, 4])", resources.Named("siteTestHeaderRule").Text("priority"));
        Assert.Equal("[\"/*\"]", resources.Named("siteTestHeaderRule").Text("conditions[0].pathPattern.values"));
        var headerRules = resources.Where(r => r.Type == TypeTokens.ListenerRule && r.Text("conditions").Contains("httpHeader", StringComparison.Ordinal)).ToList();
        Assert.Equal(["apiTestHeaderRule", "siteTestHeaderRule"], headerRules.Select(r => r.Name));
        Assert.All(headerRules, rule => Assert.Equal("${testListenerArn}", rule.Text("listenerArn")));
    }

    [Fact]
    public void RoutingRule_MatchesOnlyThePaths_OnTheListenerThisColorServes_WithAPriorityAfterEveryHeaderRule()
    {
        var component = ColorEnvironment.Define(TestApps.ApiAndSite);

        var site = component.Resources.Named("siteRoutingRule");
        Assert.Equal(
            "fn::select(0, fn::split(\";\", fn::select(1, fn::split(\";${activeColor}=\", \";${color}=${productionListenerArn};${otherColor}=${testListenerArn};\"))))",
            site.Text("listenerArn"));
        Assert.Equal("fn::select(${prioritySlot}, [10002, 10003])", site.Text("priority"));
        Assert.Equal("[{pathPattern: {values: [\"/*\"]}}]", site.Text("conditions"));
        Assert.Equal("[{type: \"forward\", targetGroupArn: ${siteTargetGroup.arn}}]", site.Text("actions"));
        Assert.Equal("fn::select(${prioritySlot}, [10000, 10001])", component.Resources.Named("apiRoutingRule").Text("priority"));
        Assert.False(site.Options.DeleteBeforeReplace, "a flip must create the new rule before deleting the old one");
        var otherColor = Assert.Single(component.Variables);
        Assert.Equal(
            ("otherColor", "fn::select(0, fn::split(\";\", fn::select(1, fn::split(\";${color}=\", \";blue=green;green=blue;\"))))"),
            (otherColor.Name, ExprText.Of(otherColor.Value)));
    }

    [Fact]
    public void OnlyTheRoutingRules_ReadTheActiveColor()
    {
        var component = ColorEnvironment.Define(TestApps.ApiAndSite);

        var readers = component.Resources.Where(r => ExprText.Of(r.Properties).Contains("${activeColor}", StringComparison.Ordinal)).Select(r => r.Name);

        Assert.Equal(["apiRoutingRule", "siteRoutingRule"], readers);
        Assert.DoesNotContain(component.Variables, v => ExprText.Of(v.Value).Contains("${activeColor}", StringComparison.Ordinal));
    }

    [Fact]
    public void WebService_StartsAfterItsTargetGroupIsOnTheTestListener()
    {
        var service = ColorEnvironment.Define(TestApps.Sample).Resources.Named("webService");

        Assert.Equal(["webTestHeaderRule"], service.Options.DependsOn);
        Assert.True(service.Options.DeleteBeforeReplace);
        Assert.Equal("[{targetGroupArn: ${webTargetGroup.arn}, containerName: \"web\", containerPort: 8080}]", service.Text("loadBalancers"));
        Assert.Equal("${webDesiredCount}", service.Text("desiredCount"));
        Assert.Equal("\"${namePrefix}-web-${color}\"", service.Text("name"));
        Assert.Equal("{subnets: ${serviceSubnetIds}, securityGroups: [${servicesSecurityGroupId}], assignPublicIp: ${assignPublicIp}}", service.Text("networkConfiguration"));
    }

    [Fact]
    public void Worker_HasNoLoadBalancerButKnowsWhereTheActiveColorIsPublished()
    {
        var resources = ColorEnvironment.Define(TestApps.Sample).Resources;

        var worker = resources.Named("workerService");
        Assert.Null(worker.Properties["loadBalancers"]);
        Assert.Empty(worker.Options.DependsOn);
        var environment = Environment(resources.Named("workerTaskDefinition"));
        Assert.Equal("${activeColorParameterName}", environment["BLUEGREEN_ACTIVE_COLOR_PARAMETER"]);
        Assert.False(Environment(resources.Named("webTaskDefinition")).ContainsKey("BLUEGREEN_ACTIVE_COLOR_PARAMETER"));
    }

    [Fact]
    public void TaskDefinition_RunsThisColorsImageAndReadsFromThisColorsReplica()
    {
        var task = ColorEnvironment.Define(TestApps.Sample).Resources.Named("webTaskDefinition");

        Assert.Equal("\"${imageRegistry}/bluegreen/sample-web:${imageTag}\"", task.Text("containerDefinitions[0].image"));
        Assert.Equal(new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = "\"http://+:8080\"",
            ["BLUEGREEN_COLOR"] = "${color}",
            ["BLUEGREEN_PRIMARY_CONNECTION"] = "\"Host=${primaryDbAddress};Port=5432;Database=app;Username=bluegreen;SSL Mode=Require\"",
            ["BLUEGREEN_REPLICA_CONNECTION"] = "\"Host=${replica.address};Port=5432;Database=app;Username=bluegreen;SSL Mode=Require\"",
            ["BLUEGREEN_SERVICE"] = "\"web\"",
            ["BLUEGREEN_VERSION"] = "${imageTag}",
        }, Environment(task));
        Assert.Equal("[{name: \"PGPASSWORD\", valueFrom: ${dbSecretArn}}]", task.Text("containerDefinitions[0].secrets"));
        Assert.Equal("${webCpu}", task.Text("cpu"));
        Assert.Equal("${webMemory}", task.Text("memory"));
    }

    [Fact]
    public void Replica_ReplicatesThePrimaryUnderAColorName()
    {
        var replica = ColorEnvironment.Define(TestApps.Sample).Resources.Named("replica");

        Assert.Equal(TypeTokens.RdsInstance, replica.Type);
        Assert.Equal("${primaryDbIdentifier}", replica.Text("replicateSourceDb"));
        Assert.Equal("\"${namePrefix}-replica-${color}\"", replica.Text("identifier"));
        Assert.Equal("${dbReplicaInstanceClass}", replica.Text("instanceClass"));
        Assert.True(replica.Options.DeleteBeforeReplace);
    }

    [Fact]
    public void Alarms_WatchThisColorsTargetGroupAndReplica()
    {
        var resources = ColorEnvironment.Define(TestApps.Sample).Resources;

        var errors = resources.Named("webErrorRateAlarm");
        Assert.Equal("\"IF(requests > 0, 100 * errors / requests, 0)\"", errors.Text("metricQueries[2].expression"));
        Assert.Equal("{LoadBalancer: ${loadBalancerArnSuffix}, TargetGroup: ${webTargetGroup.arnSuffix}}", errors.Text("metricQueries[0].metric.dimensions"));
        Assert.Equal("5", errors.Text("threshold"));
        Assert.Equal("\"UnHealthyHostCount\"", resources.Named("webUnhealthyHostsAlarm").Text("metricName"));
        Assert.Equal("${maxReplicaLagSeconds}", resources.Named("replicaLagAlarm").Text("threshold"));
        Assert.Equal("{DBInstanceIdentifier: ${replica.identifier}}", resources.Named("replicaLagAlarm").Text("dimensions"));
    }

    [Fact]
    public void EveryAlarm_NotifiesTheAlarmTopicWhenItFiresAndWhenItClears()
    {
        var alarms = ColorEnvironment.Define(TestApps.ApiAndSite).Resources.Where(r => r.Type == TypeTokens.MetricAlarm).ToList();

        Assert.Equal(5, alarms.Count);
        Assert.All(alarms, alarm =>
        {
            Assert.Equal("[${alarmTopicArn}]", alarm.Text("alarmActions"));
            Assert.Equal("[${alarmTopicArn}]", alarm.Text("okActions"));
        });
    }

    [Fact]
    public void TargetGroup_ProbesTheServicesHealthPathAndDrainsForItsDelay()
    {
        var app = TestApps.WithServices(TestApps.Web("web") with { HealthCheckPath = "/ready", DeregistrationDelaySeconds = 45, ContainerPort = 9000 });

        var group = ColorEnvironment.Define(app).Resources.Named("webTargetGroup");

        Assert.Equal("\"/ready\"", group.Text("healthCheck.path"));
        Assert.Equal("45", group.Text("deregistrationDelay"));
        Assert.Equal("9000", group.Text("port"));
        Assert.Equal("\"ip\"", group.Text("targetType"));
    }

    [Fact]
    public void Build_WithConcreteArguments_ProducesConcreteNames()
    {
        var args = ColorEnvironmentArgs.FromInputReferences(TestApps.Sample)
            .Map(TestApps.Sample, (input, value) => input switch
            {
                ColorEnvironmentInputs.Color => "green",
                ColorEnvironmentInputs.NamePrefix => "shop-dev",
                ColorEnvironmentInputs.PrioritySlot => 1,
                _ => value,
            });

        var resources = ColorEnvironment.Build(TestApps.Sample, args).Resources;

        Assert.Equal("\"shop-dev-web-green\"", resources.Named("webService").Text("name"));
        Assert.Equal("fn::select(1, [1, 2])", resources.Named("webTestHeaderRule").Text("priority"));
        Assert.Contains("\";green=${productionListenerArn};${otherColor}=${testListenerArn};\"", resources.Named("webRoutingRule").Text("listenerArn"), StringComparison.Ordinal);
    }

    [Fact]
    public void Args_MustCoverEveryInputExactly()
    {
        var values = ColorEnvironmentInputs.Declare(TestApps.Sample).ToDictionary(d => d.Name, d => (Expr)d.Ref);
        values.Remove("webCpu");
        values["webCpus"] = 256;

        var failure = Assert.Throws<ArgumentException>(() => new ColorEnvironmentArgs(TestApps.Sample, values));

        Assert.Contains("Missing: [webCpu]; unknown: [webCpus]", failure.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Environment(Resource task) =>
        ((ListExpr)task.At("containerDefinitions[0].environment")).Items
            .Cast<ObjectExpr>()
            .ToDictionary(e => ((StringLiteral)e["name"]!).Value, e => ExprText.Of(e["value"]!));
}
