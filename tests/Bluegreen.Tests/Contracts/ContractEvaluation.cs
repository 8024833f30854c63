using Bluegreen.Components;
using Bluegreen.PulumiYaml.Evaluation;
using Bluegreen.PulumiYaml.Host;
using Bluegreen.PulumiYaml.Model;
using Bluegreen.PulumiYaml.Schemas;
using Bluegreen.PulumiYaml.Testing;
using Moq;

namespace Bluegreen.Tests.Contracts;

/// <summary>Evaluates the committed program for the dev stack against a Moq-driven mock cloud, and reads the result.</summary>
internal sealed class ContractEvaluation
{
    public const string TargetGroup = "aws:lb/targetGroup:TargetGroup";
    public const string ListenerRule = "aws:lb/listenerRule:ListenerRule";
    public const string Listener = "aws:lb/listener:Listener";
    public const string SsmParameter = "aws:ssm/parameter:Parameter";
    public const string EcsService = "aws:ecs/service:Service";
    public const string ColorEnvironment = "bluegreen-components:index:ColorEnvironment";
    public const string SecretVersion = "aws:secretsmanager/secretVersion:SecretVersion";

    public Mock<IPulumiMocks> Mocks { get; } = WithSecretVersions(MockCloud.Create());

    public EvaluationResult Evaluate(string activeColor, PulumiYamlProject? project = null, string stack = "dev") =>
        new PulumiYamlEvaluator(ProviderSchemas.Shared, Mocks.Object)
            .Evaluate(project ?? GeneratedProject.Committed(), GeneratedProject.Stack(stack, activeColor));

    /// <summary>Renders the project for another app shape and evaluates it with every required config key (and aws:region) filled in.</summary>
    public EvaluationResult EvaluateRendered(AppDefinition app, string activeColor)
    {
        var project = GeneratedProject.Render(app);
        var config = project.Project!.Config
            .Where(c => c.Default is null && c.Value is null)
            .Aggregate(StackConfiguration.Empty(project.Program.Name, "dev").With("aws:region", "eu-west-1"), (stack, key) => key.Type == "array"
                ? stack.WithJson(key.Key, $"[\"{key.Key}-a\",\"{key.Key}-b\"]")
                : stack.With(key.Key, SampleValue(key)));
        return new PulumiYamlEvaluator(ProviderSchemas.Shared, Mocks.Object).Evaluate(project, config.With("activeColor", activeColor));
    }

    /// <summary>A stand-in value of the declared type, named after its key so it can be recognised in inputs.</summary>
    private static string SampleValue(ProjectConfigDecl key) => key.Type switch
    {
        "integer" => "7",
        "boolean" => "false",
        _ => $"{key.Key}-value",
    };

    /// <summary>
    /// A secret version also answers <c>secretArn</c> (aws 7.x), the ARN of the secret it versions, which the program
    /// reads instead of the deprecated <c>arn</c>; the shared mock cloud echoes inputs and an <c>arn</c> only.
    /// </summary>
    private static Mock<IPulumiMocks> WithSecretVersions(Mock<IPulumiMocks> mocks)
    {
        mocks.Setup(m => m.NewResource(SecretVersion, It.IsAny<string>(), It.IsAny<IReadOnlyDictionary<string, object?>>()))
            .Returns((string type, string name, IReadOnlyDictionary<string, object?> inputs) => new MockResourceState(
                $"{name}-id",
                new Dictionary<string, object?>(inputs)
                {
                    ["arn"] = MockCloud.Arn(type, name),
                    ["secretArn"] = MockCloud.Arn("aws:secretsmanager/secret:Secret", (string)inputs["secretId"]!),
                }));
        return mocks;
    }

    /// <summary>The color (component instance) whose target group has this ARN.</summary>
    public static string ColorOfTargetGroup(EvaluationResult result, PulumiValue arn)
    {
        var group = result.OfType(TargetGroup).Single(g => g.Outputs.Get("arn") == arn);
        return group.Parent?.Name ?? throw new InvalidOperationException($"{group.Urn} belongs to no color.");
    }

    /// <summary>The routing rules (paths only, no X-Color condition) on a listener, whichever color they belong to.</summary>
    public static IReadOnlyList<RegisteredResource> RoutingRules(EvaluationResult result, string listener) =>
        RulesOn(result, listener).Where(r => !IsHeaderRule(r)).ToList();

    /// <summary>Every listener rule on a listener: both colors' header rules and routing rules.</summary>
    public static IReadOnlyList<RegisteredResource> RulesOn(EvaluationResult result, string listener) =>
        result.OfType(ListenerRule).Where(r => r.Input("listenerArn") == result.Resource(listener).Outputs.Get("arn")).ToList();

    /// <summary>A rule with an X-Color header condition: it reaches its color on either listener, whichever color is active.</summary>
    public static bool IsHeaderRule(RegisteredResource rule) =>
        rule.Input("conditions") is ListValue conditions && conditions.Items.OfType<ObjectValue>().Any(c => c.Get("httpHeader") is not null);

    public static string Other(string color) => color == "blue" ? "green" : "blue";
}
