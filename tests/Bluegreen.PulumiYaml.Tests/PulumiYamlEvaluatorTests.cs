using Bluegreen.PulumiYaml.Evaluation;
using Bluegreen.PulumiYaml.Schemas;
using Bluegreen.PulumiYaml.Syntax;
using Bluegreen.PulumiYaml.Testing;
using Moq;

namespace Bluegreen.PulumiYaml.Tests;

public class PulumiYamlEvaluatorTests
{
    private const string TargetGroup = "aws:lb/targetGroup:TargetGroup";

    private readonly Mock<IPulumiMocks> _mocks = MockCloud.Create();

    [Theory]
    [InlineData("blue")]
    [InlineData("green")]
    public void Evaluate_ActiveColor_PointsListenerAtThatColorsTargetGroup(string color)
    {
        var result = Evaluate(Fixtures.Program, Fixtures.Package, ("activeColor", color));

        var expectedArn = $"arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/{color}-tg/0f1e2d3c4b5a6978";
        Assert.Equal(new StringValue(expectedArn), result.Resource("listener").Input("defaultActions[0].targetGroupArn"));
        Assert.Equal(new StringValue(expectedArn), result.Outputs["activeTargetGroup"]);
    }

    [Fact]
    public void Evaluate_PurpleActiveColor_FailsLikeTheHostOnTheColorCheck()
    {
        var error = Assert.Throws<PulumiYamlException>(() => Evaluate(Fixtures.Program, Fixtures.Package, ("activeColor", "purple")));

        Assert.Equal("variables.colorCheck", error.Path);
        Assert.Equal("list index 1 out-of-bounds for list of length 1", error.Reason);
        Assert.Contains("\";blue;green;\"", error.Span.Text, StringComparison.Ordinal);
        Assert.StartsWith("fn::select:", error.Span.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TwoComponentInstances_NameAndParentChildrenPerInstance()
    {
        var result = Evaluate(Fixtures.Program, Fixtures.Package);

        var blue = result.Resource("blue");
        Assert.Equal("urn:pulumi:dev::shop::bluegreen:index:ColorEnvironment::blue", blue.Urn);
        Assert.True(blue.IsComponent);
        Assert.Equal(
            [
                "urn:pulumi:dev::shop::bluegreen:index:ColorEnvironment$aws:lb/targetGroup:TargetGroup::blue-tg",
                "urn:pulumi:dev::shop::bluegreen:index:ColorEnvironment$aws:ecs/service:Service::blue-service",
            ],
            result.ChildrenOf(blue).Select(r => r.Urn));
        Assert.Equal(["green-tg", "green-service"], result.ChildrenOf(result.Resource("green")).Select(r => r.Name));
        Assert.Equal("urn:pulumi:dev::shop::aws:lb/listener:Listener::listener", result.Resource("listener").Urn);
    }

    [Fact]
    public void Evaluate_ComponentInputs_UseDefaultsAndFlowIntoChildren()
    {
        var result = Evaluate(Fixtures.Program, Fixtures.Package, ("webPort", "9090"));

        var service = result.Resource("green-service");
        Assert.Equal(new NumberValue(2), service.Input("desiredCount"));
        Assert.Equal(new NumberValue(9090), service.Input("loadBalancers[0].containerPort"));
        Assert.Equal(new StringValue("shop-web-green"), service.Input("name"));
        Assert.Equal(new StringValue("shop-web-green"), result.Resource("green").Outputs.Get("serviceName"));
    }

    [Theory]
    [InlineData("      replicas: 2\n      color: blue\n", "resources.blue.properties.replicas", "unknown input 'replicas' of component bluegreen:index:ColorEnvironment")]
    [InlineData("", "resources.blue.properties", "missing required input 'color' of component bluegreen:index:ColorEnvironment")]
    public void Evaluate_ComponentInstanceWithBadInputs_Fails(string blueColorLines, string path, string reason)
    {
        var program = Fixtures.Program.Replace("      color: blue\n", blueColorLines, StringComparison.Ordinal);

        var error = Assert.Throws<PulumiYamlException>(() => Evaluate(program, Fixtures.Package));

        Assert.Equal(path, error.Path);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void Evaluate_MockOutputs_FlowIntoReferencesAndMocksSeeResolvedInputs()
    {
        var result = Evaluate(Fixtures.Program, Fixtures.Package);

        Assert.Equal(new StringValue("shop-alb.us-east-1.elb.amazonaws.com"), result.Outputs["albDns"]);
        _mocks.Verify(m => m.NewResource("aws:lb/listener:Listener", "listener", It.Is<IReadOnlyDictionary<string, object?>>(inputs =>
            (string?)inputs["loadBalancerArn"] == MockCloud.Arn("aws:lb/loadBalancer:LoadBalancer", "alb")
            && (double?)inputs["port"] == 80)), Times.Once());
        _mocks.Verify(m => m.NewResource("bluegreen:index:ColorEnvironment", It.IsAny<string>(), It.IsAny<IReadOnlyDictionary<string, object?>>()), Times.Exactly(2));
        _mocks.Verify(m => m.NewResource(TargetGroup, "blue-tg", It.IsAny<IReadOnlyDictionary<string, object?>>()), Times.Once());
        _mocks.Verify(m => m.NewResource(TargetGroup, "green-tg", It.IsAny<IReadOnlyDictionary<string, object?>>()), Times.Once());
        Assert.Equal(8, result.Resources.Count);
    }

    [Fact]
    public void Evaluate_Resources_RegisterAfterWhatTheyReference()
    {
        var result = Evaluate(Fixtures.Program, Fixtures.Package);

        var order = result.Resources.Select(r => r.Name).ToList();
        Assert.True(order.IndexOf("green-tg") < order.IndexOf("listener"));
        Assert.True(order.IndexOf("alb") < order.IndexOf("listener"));
        Assert.True(order.IndexOf("blue") < order.IndexOf("blue-tg"));
        Assert.True(order.IndexOf("blue-tg") < order.IndexOf("blue-service"));
    }

    [Fact]
    public void Evaluate_Secrets_AreTrackedFromSchemaOutputsConfigAndFnSecret()
    {
        var result = Evaluate(
            """
            config:
              apiKey:
                type: string
                secret: true

            """ + Fixtures.PasswordAndDatabase(
                "password: ${pw.result}",
                "username: \"admin-${pw.result}\"",
                "dbName: ${apiKey}",
                "engine: {fn::secret: postgres}",
                "port: 5432"),
            null,
            ("apiKey", "secret:k-1"));

        var db = result.Resource("db");
        Assert.Equal(new StringValue("generated-pw") { IsSecret = true }, db.Input("password"));
        Assert.Equal(new StringValue("admin-generated-pw") { IsSecret = true }, db.Input("username"));
        Assert.True(db.Input("dbName").IsSecret);
        Assert.True(db.Input("engine").IsSecret);
        Assert.False(db.Input("port").IsSecret);
        Assert.True(result.Resource("pw").Outputs.Get("result")!.IsSecret);
        _mocks.Verify(m => m.NewResource("aws:rds/instance:Instance", "db", It.Is<IReadOnlyDictionary<string, object?>>(i =>
            (string?)i["password"] == "generated-pw")), Times.Once());
    }

    [Fact]
    public void Evaluate_Builtins_BehaveLikeTheHost()
    {
        var result = Evaluate("""
            config:
              shop:region: eu-west-1
            variables:
              parts:
                fn::split: [",", "a,b,,c"]
              joined:
                fn::join: ["-", "${parts}"]
              json:
                fn::toJSON:
                  b: [1, 2.5, true, null]
                  a: "<x & y>"
              picked:
                fn::select: [2, ["x", "y", "z"]]
              keyed: ${settings["with space"].deep[1]}
              settings:
                "with space":
                  deep: [zero, one]
            outputs:
              parts: ${parts}
              joined: ${joined}
              json: ${json}
              picked: ${picked}
              keyed: ${keyed}
              where: "${pulumi.project}/${pulumi.stack}/${shop:region}/${region}"
              escaped: "$${notInterpolated} costs $$5"
            """);

        Assert.Equal("[\"a\",\"b\",\"\",\"c\"]", result.Outputs["parts"].ToCanonicalText());
        Assert.Equal(new StringValue("a-b--c"), result.Outputs["joined"]);
        Assert.Equal(new StringValue("{\"a\":\"\\u003cx \\u0026 y\\u003e\",\"b\":[1,2.5,true,null]}"), result.Outputs["json"]);
        Assert.Equal(new StringValue("z"), result.Outputs["picked"]);
        Assert.Equal(new StringValue("one"), result.Outputs["keyed"]);
        Assert.Equal(new StringValue("shop/dev/eu-west-1/eu-west-1"), result.Outputs["where"]);
        Assert.Equal(new StringValue("${notInterpolated} costs $5"), result.Outputs["escaped"]);
    }

    [Fact]
    public void Evaluate_Invoke_CallsMockWithCanonicalTokenAndReturnsField()
    {
        _mocks.Setup(m => m.Call("aws:ec2/getVpc:getVpc", It.Is<IReadOnlyDictionary<string, object?>>(a => (bool?)a["default"] == true)))
            .Returns(new Dictionary<string, object?> { ["id"] = "vpc-123", ["cidrBlock"] = "10.0.0.0/16" });

        var result = Evaluate("""
            variables:
              vpcId:
                fn::invoke:
                  function: aws:ec2:getVpc
                  arguments:
                    default: true
                  return: id
            resources:
              tg:
                type: aws:lb:TargetGroup
                properties:
                  vpcId: ${vpcId}
            """);

        Assert.Equal(new StringValue("vpc-123"), result.Resource("tg").Input("vpcId"));
        _mocks.Verify(m => m.Call("aws:ec2/getVpc:getVpc", It.IsAny<IReadOnlyDictionary<string, object?>>()), Times.Once());
    }

    [Theory]
    [InlineData("${missing}", "unknown reference ${missing}: no config, input, variable or resource is named 'missing'")]
    [InlineData("${list[3]}", "list index 3 out-of-bounds for list of length 2")]
    [InlineData("${list.first}", "cannot access a list element using a property name")]
    [InlineData("${obj[0]}", "cannot access an object property using an integer index")]
    [InlineData("${obj.nope}", "the object has no property 'nope' (it has: k)")]
    [InlineData("{fn::select: [\"1\", \"${list}\"]}", "index must be a number, not string")]
    [InlineData("{fn::select: [-1, \"${list}\"]}", "index must be a positive integral, not -1")]
    [InlineData("{fn::join: [\",\", [1]]}", "the second argument to fn::join must be a list of strings, found number")]
    [InlineData("{fn::split: [\",\", \"${list}\"]}", "Must be a string, not list")]
    [InlineData("${pulumi.cwd}", "unsupported reference ${pulumi.cwd}: only ${pulumi.stack} and ${pulumi.project} are evaluated")]
    public void Evaluate_BadExpression_FailsWithHostMessage(string expression, string reason)
    {
        var error = Assert.Throws<PulumiYamlException>(() => Evaluate($$"""
            variables:
              list: [a, b]
              obj: {k: x}
              v: {{expression}}
            """));

        Assert.Equal("variables.v", error.Path);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void Evaluate_CircularReferences_AreRejectedWithTheCycle()
    {
        var error = Assert.Throws<PulumiYamlException>(() => Evaluate("""
            variables:
              a: ${b}
              b: "x-${c}"
              c: {fn::join: ["", ["${a}"]]}
            """));

        Assert.Equal("circular reference: a -> b -> c -> a", error.Reason);
    }

    [Theory]
    [InlineData("v: {fn::toBase64: x}", "fn::toBase64 is a Pulumi YAML built-in outside the subset this tooling evaluates")]
    [InlineData("v: {fn::ifElse: x}", "unknown function fn::ifElse")]
    [InlineData("v: {fn::invoke: {function: \"${f}\"}}", "function name must be a string literal")]
    [InlineData("v: {fn::select: [0]}", "the argument to fn::select must be a two-valued list")]
    public void Load_UnsupportedExpression_FailsLoudly(string variable, string reason)
    {
        var error = Assert.Throws<PulumiYamlException>(() => TempProject.Load($"""
            name: shop
            runtime: yaml
            variables:
              {variable}
            """));

        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void Evaluate_RequiredConfigMissing_FailsLikeTheCli()
    {
        var error = Assert.Throws<PulumiYamlException>(() => Evaluate("""
            config:
              vpcId:
                type: string
            """));

        // mergeConfig names the key as the project declares it.
        Assert.Equal("Stack 'dev' is missing configuration value 'vpcId'", error.Reason);
    }

    [Fact]
    public void Evaluate_NumericLookingStringConfig_ReachesTheProgramAsNumber()
    {
        var result = Evaluate("""
            config:
              imageTag:
                type: string
              leadingZero:
                type: string
            outputs:
              tag: ${imageTag}
              zero: ${leadingZero}
            """, null, ("imageTag", "42"), ("leadingZero", "042"));

        Assert.Equal(new NumberValue(42), result.Outputs["tag"]);
        Assert.Equal(new StringValue("042"), result.Outputs["zero"]);
    }

    [Fact]
    public void Evaluate_DuplicateUrn_IsRejected()
    {
        var error = Assert.Throws<PulumiYamlException>(() => Evaluate("""
            resources:
              first:
                type: aws:lb:TargetGroup
                name: tg
              second:
                type: aws:lb:TargetGroup
                name: tg
            """));

        Assert.Equal("Duplicate resource URN 'urn:pulumi:dev::shop::aws:lb/targetGroup:TargetGroup::tg'; try giving it a unique name", error.Reason);
    }

    [Fact]
    public void Evaluate_Options_AreEvaluatedAndParentChangesTheUrn()
    {
        var result = Evaluate("""
            resources:
              tg:
                type: aws:lb:TargetGroup
              rule:
                type: aws:lb:ListenerRule
                properties:
                  listenerArn: arn:listener
                  actions: []
                  conditions: []
                options:
                  parent: ${tg}
                  dependsOn:
                    - ${tg}
                  protect: true
            """);

        var rule = result.Resource("rule");
        Assert.Equal("urn:pulumi:dev::shop::aws:lb/targetGroup:TargetGroup$aws:lb/listenerRule:ListenerRule::rule", rule.Urn);
        Assert.Same(result.Resource("tg"), rule.Parent);
        Assert.Equal(new BooleanValue(true), rule.Options["protect"]);
        Assert.Equal($"[resource({result.Resource("tg").Urn})]", rule.Options["dependsOn"].ToCanonicalText());
    }

    /// <summary>
    /// Evaluates a program; one without a name gets the "shop" project header. A config value written
    /// <c>secret:x</c> is set as the secure value <c>x</c>, as the CLI requires for keys declared secret.
    /// </summary>
    private EvaluationResult Evaluate(string program, string? package = null, params (string Key, string Value)[] config)
    {
        var project = TempProject.Load(program.StartsWith("name:", StringComparison.Ordinal) ? program : "name: shop\nruntime: yaml\n" + program, package);
        var stack = config.Aggregate(StackConfiguration.Empty(project.Program.Name, "dev"), (c, kv) => kv.Value.StartsWith("secret:", StringComparison.Ordinal)
            ? c.With(kv.Key, kv.Value["secret:".Length..], secret: true)
            : c.With(kv.Key, kv.Value));
        return new PulumiYamlEvaluator(ProviderSchemas.Shared, _mocks.Object).Evaluate(project, stack);
    }
}
