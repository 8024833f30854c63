using Bluegreen.PulumiYaml.Schemas;
using Bluegreen.PulumiYaml.Testing;
using Bluegreen.PulumiYaml.Validation;

namespace Bluegreen.PulumiYaml.Tests;

public class SchemaValidatorTests
{
    private const string Header = """
        name: shop
        runtime: yaml
        config:
          activeColor:
            type: string
            default: blue
          dbPassword:
            type: string
            secret: true
          webPort:
            type: integer
            default: 8080

        """;

    [Fact]
    public void Validate_BlueGreenFixture_HasNoErrors()
    {
        var errors = Validate(Fixtures.Program, Fixtures.Package);

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_UnknownTopLevelProperty_NamesPathAndSuggestsTheRightName()
    {
        var errors = Validate(Header + """
            resources:
              tg:
                type: aws:lb:TargetGroup
                properties:
                  Port: 80
            """);

        AssertErrors(errors, "resources.tg.properties.Port: unknown property 'Port' of aws:lb/targetGroup:TargetGroup (did you mean 'port'?)");
    }

    [Fact]
    public void Validate_UnknownNestedPropertyInsideArrayItem_NamesFullPath()
    {
        var errors = Validate(Header + """
            resources:
              listener:
                type: aws:lb:Listener
                properties:
                  loadBalancerArn: arn:lb
                  defaultActions:
                    - type: forward
                      targetGroupArnn: arn:tg
            """);

        AssertErrors(errors, "resources.listener.properties.defaultActions[0].targetGroupArnn: unknown property 'targetGroupArnn' of aws:lb/ListenerDefaultAction:ListenerDefaultAction");
    }

    [Fact]
    public void Validate_MissingRequiredInputs_ReportsTopLevelAndNested()
    {
        var errors = Validate(Header + """
            resources:
              rule:
                type: aws:lb:ListenerRule
                properties:
                  listenerArn: arn:listener
                  actions:
                    - type: forward
                  conditions:
                    - httpHeader:
                        values: [blue]
              param:
                type: aws:ssm:Parameter
                properties:
                  insecureValue: blue
            """);

        AssertErrors(
            errors,
            "resources.rule.properties.conditions[0].httpHeader.httpHeaderName: missing required property 'httpHeaderName' of aws:lb/ListenerRuleConditionHttpHeader:ListenerRuleConditionHttpHeader",
            "resources.param.properties.type: missing required property 'type' of aws:ssm/parameter:Parameter");
    }

    [Theory]
    [InlineData("port: \"80\"", "resources.tg.properties.port", "expected integer, got string \"80\"")]
    [InlineData("port: 80.5", "resources.tg.properties.port", "expected integer, got number 80.5")]
    [InlineData("port: ${activeColor}", "resources.tg.properties.port", "expected integer, got string ${activeColor}")]
    [InlineData("healthCheck: {interval: \"15\"}", "resources.tg.properties.healthCheck.interval", "expected integer, got string \"15\"")]
    [InlineData("tags: Name=web", "resources.tg.properties.tags", "expected object, got string Name=web")]
    [InlineData("tags: [a]", "resources.tg.properties.tags", "expected object, got array [a]")]
    [InlineData("healthCheck: {enabled: yes}", "resources.tg.properties.healthCheck.enabled", "expected boolean, got string yes")]
    public void Validate_LiteralOfWrongKind_IsAnError(string property, string path, string message)
    {
        var errors = Validate(Header + $"""

            resources:
              tg:
                type: aws:lb:TargetGroup
                properties:
                  {property}
            """);

        AssertErrors(errors, $"{path}: {message}");
    }

    /// <summary>Expressions whose kind fits or cannot be known, and numbers or booleans for strings (the host coerces them).</summary>
    [Theory]
    [InlineData("port: ${webPort}")]
    [InlineData("port: ${tgSettings.port}")]
    [InlineData("port: {fn::select: [0, [80, 81]]}")]
    [InlineData("name: \"shop-${webPort}\"")]
    [InlineData("name: {fn::join: [\"-\", [a, b]]}")]
    [InlineData("protocol: 80")]
    [InlineData("tags: {Name: 1, Public: true}")]
    [InlineData("vpcId: {fn::invoke: {function: aws:ec2:getVpc, arguments: {default: true}, return: id}}")]
    public void Validate_ValueTheHostAccepts_IsAccepted(string property)
    {
        var errors = Validate(Header + $"""

            variables:
              tgSettings:
                port: 80
            resources:
              tg:
                type: aws:lb:TargetGroup
                properties:
                  {property}
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_WholeNumberForNumberField_IsAccepted()
    {
        var errors = Validate(Header + """
            resources:
              alarm:
                type: aws:cloudwatch:MetricAlarm
                properties:
                  comparisonOperator: GreaterThanThreshold
                  evaluationPeriods: 2
                  threshold: 80
            """);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("${pw.result}")]
    [InlineData("${dbPassword}")]
    [InlineData("{fn::secret: hunter2}")]
    [InlineData("\"user:${pw.result}\"")]
    public void Validate_SecretPropertyFedBySecret_IsAccepted(string password)
    {
        var errors = Validate(Header + Fixtures.PasswordAndDatabase($"password: {password}"));

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("db", "aws:rds:Instance", "instanceClass: db.t4g.micro", "password", "hunter2")]
    [InlineData("db", "aws:rds:Instance", "instanceClass: db.t4g.micro", "password", "${activeColor}")]
    [InlineData("active", "aws:ssm:Parameter", "type: String", "value", "${activeColor}")]
    public void Validate_SecretPropertyFedPlainValue_IsAnError(string key, string type, string required, string property, string value)
    {
        var errors = Validate(Header + $"""

            resources:
              {key}:
                type: {type}
                properties:
                  {required}
                  {property}: {value}
            """);

        AssertErrors(
            errors,
            $"resources.{key}.properties.{property}: the schema marks this property secret but it is fed a plain value; wrap it in fn::secret or feed it from a secret config value or secret output");
    }

    [Fact]
    public void Validate_UnknownTypeToken_IsAnErrorOnType()
    {
        var errors = Validate(Header + """
            resources:
              svc:
                type: aws:ecs:Servic
            """);

        AssertErrors(errors, "resources.svc.type: unknown resource type 'aws:ecs:Servic': no such resource in the aws, random, kubernetes schemas or the component packages");
    }

    [Fact]
    public void Validate_ReferencesToMissingOutputsAndNames_AreErrors()
    {
        var errors = Validate(Header + """
            resources:
              tg:
                type: aws:lb:TargetGroup
              rule:
                type: aws:lb:ListenerRule
                properties:
                  listenerArn: ${listener.arn}
                  actions:
                    - type: forward
                      targetGroupArn: ${tg.arnn}
                      order: ${tg.healthCheck.intervall}
                  conditions:
                    - pathPattern:
                        values: ["/${tg.id}", "${tg.urn}"]
            """);

        AssertErrors(
            errors,
            "resources.rule.properties.listenerArn: unknown reference ${listener.arn}: no config, input, variable or resource is named 'listener'",
            "resources.rule.properties.actions[0].targetGroupArn: ${tg.arnn}: aws:lb/targetGroup:TargetGroup has no output 'arnn'",
            "resources.rule.properties.actions[0].order: ${tg.healthCheck.intervall}: aws:lb/TargetGroupHealthCheck:TargetGroupHealthCheck has no field 'intervall'");
    }

    [Fact]
    public void Validate_InvokeCalls_CheckFunctionArgumentsAndReturn()
    {
        var errors = Validate(Header + """
            variables:
              vpc:
                fn::invoke:
                  function: aws:ec2:getVpc
                  arguments:
                    default: "yes"
                    filterz: []
                  return: vpcId
              region:
                fn::invoke:
                  function: aws:getRegions
                  return: name
            """);

        AssertErrors(
            errors,
            "variables.vpc.fn::invoke.arguments.default: expected boolean, got string \"yes\"",
            "variables.vpc.fn::invoke.arguments.filterz: unknown property 'filterz' of aws:ec2/getVpc:getVpc",
            "variables.vpc.fn::invoke.return: aws:ec2/getVpc:getVpc has no output 'vpcId'",
            "variables.region.fn::invoke.function: unknown function 'aws:getRegions'");
    }

    [Fact]
    public void Validate_PolicyDocumentObject_ChecksEnumThroughOneOfAndArrays()
    {
        var errors = Validate(Header + """
            resources:
              role:
                type: aws:iam:Role
                properties:
                  assumeRolePolicy:
                    Version: "2012-10-17"
                    Statement:
                      - Effect: Alow
                        Action: sts:AssumeRole
                        Principal:
                          Service: ecs-tasks.amazonaws.com
            """);

        AssertErrors(errors, "resources.role.properties.assumeRolePolicy.Statement[0].Effect: 'Alow' is not one of the allowed values of aws:iam/documents:PolicyStatementEffect: Allow, Deny");
    }

    [Fact]
    public void Validate_BareResourceAsValue_IsAnError()
    {
        var errors = Validate(Header + """
            resources:
              tg:
                type: aws:lb:TargetGroup
              rule:
                type: aws:lb:ListenerRule
                properties:
                  listenerArn: ${tg}
                  actions: []
                  conditions: []
                options:
                  dependsOn:
                    - ${tg}
                    - "${tg.arn}"
            """);

        AssertErrors(
            errors,
            "resources.rule.options.dependsOn[1]: resource option 'dependsOn' takes resources written as ${name}, got \"${tg.arn}\"",
            "resources.rule.properties.listenerArn: a resource cannot be used as a value; reference one of its outputs, e.g. ${tg.id}");
    }

    [Fact]
    public void Validate_OptionsNamingProperties_MustNameRealOnes()
    {
        var errors = Validate(Header + """
            resources:
              tg:
                type: aws:lb:TargetGroup
                options:
                  additionalSecretOutputs: [arn, arnn]
                  ignoreChanges: ["healthCheck.path", "tag"]
            """);

        AssertErrors(
            errors,
            "resources.tg.options.additionalSecretOutputs[1]: 'arnn' is not an output of aws:lb/targetGroup:TargetGroup",
            "resources.tg.options.ignoreChanges[1]: 'tag' is not an input of aws:lb/targetGroup:TargetGroup");
    }

    [Fact]
    public void Validate_ComponentInstances_CheckInputsAgainstDeclaration()
    {
        var errors = Validate(
            """
            name: shop
            runtime: yaml
            packages:
              bluegreen: ./components
            resources:
              blue:
                type: bluegreen:ColorEnvironment
                properties:
                  color: blue
                  port: eighty
                  replicas: 2
              green:
                type: bluegreen:index:ColorEnvironment
                properties:
                  desiredCount: ${blue.targetGroupArn}
            outputs:
              missing: ${green.nope}
            """,
            Fixtures.Package);

        AssertErrors(
            errors,
            "resources.blue.properties.port: expected integer, got string eighty",
            "resources.blue.properties.replicas: unknown input 'replicas' of component bluegreen:index:ColorEnvironment",
            "resources.green.properties.desiredCount: expected integer, got string ${blue.targetGroupArn}",
            "resources.green.properties.color: missing required input 'color' of component bluegreen:index:ColorEnvironment (it has no default)",
            "outputs.missing: ${green.nope}: bluegreen:index:ColorEnvironment has no output 'nope'");
    }

    [Fact]
    public void Validate_ComponentBody_IsValidatedAgainstProviderSchemas()
    {
        var package = Fixtures.Package.Replace("protocol: HTTP", "protocol: HTTP\n          stickyness: {}", StringComparison.Ordinal);

        var errors = Validate(Fixtures.Program, package);

        AssertErrors(errors, "components.ColorEnvironment.resources.tg.properties.stickyness: unknown property 'stickyness' of aws:lb/targetGroup:TargetGroup");
    }

    [Fact]
    public void Validate_ManyProblems_ReturnsEveryOne()
    {
        var errors = Validate(Header + """
            resources:
              tg:
                type: aws:lb:TargetGroup
                properties:
                  port: "80"
                  portt: 80
              svc:
                type: aws:ecs:Servic
              param:
                type: aws:ssm:Parameter
                properties:
                  value: ${activeColor}
            """);

        Assert.Equal(
            ["resources.tg.properties.port", "resources.tg.properties.portt", "resources.svc.type", "resources.param.properties.value", "resources.param.properties.type"],
            errors.Select(e => e.Path));
    }

    /// <summary>Compares "path: message" lines, leaving out the list of outputs some messages end with.</summary>
    private static void AssertErrors(IReadOnlyList<SchemaError> errors, params string[] expected) =>
        Assert.Equal(expected, errors.Select(e => e.ToString().Split(" (outputs:")[0]));

    private static IReadOnlyList<SchemaError> Validate(string program, string? package = null) =>
        new SchemaValidator(ProviderSchemas.Shared).Validate(TempProject.Load(program, package));
}
