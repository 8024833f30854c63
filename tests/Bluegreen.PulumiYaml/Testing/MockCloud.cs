using Bluegreen.PulumiYaml.Evaluation;
using Moq;

namespace Bluegreen.PulumiYaml.Testing;

/// <summary>
/// A Moq-backed <see cref="IPulumiMocks"/> that answers like a small AWS: every resource echoes its inputs,
/// gets the id <c>&lt;name&gt;-id</c> and an ARN that names it (target groups:
/// <c>arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/&lt;name&gt;/…</c>).
/// </summary>
public static class MockCloud
{
    public const string Account = "123456789012";

    public const string Region = "us-east-1";

    public static Mock<IPulumiMocks> Create()
    {
        var mocks = new Mock<IPulumiMocks>(MockBehavior.Strict);
        mocks.Setup(m => m.NewResource(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<IReadOnlyDictionary<string, object?>>()))
            .Returns((string type, string name, IReadOnlyDictionary<string, object?> inputs) => State(type, name, inputs));
        mocks.Setup(m => m.Call("aws:index/getRegion:getRegion", It.IsAny<IReadOnlyDictionary<string, object?>>()))
            .Returns(new Dictionary<string, object?> { ["id"] = Region, ["name"] = Region, ["region"] = Region });
        return mocks;
    }

    public static string Arn(string type, string name) => type switch
    {
        "aws:lb/targetGroup:TargetGroup" => $"arn:aws:elasticloadbalancing:{Region}:{Account}:targetgroup/{name}/0f1e2d3c4b5a6978",
        "aws:lb/loadBalancer:LoadBalancer" => $"arn:aws:elasticloadbalancing:{Region}:{Account}:loadbalancer/app/{name}/50dc6c495c0c9188",
        "aws:lb/listener:Listener" => $"arn:aws:elasticloadbalancing:{Region}:{Account}:listener/app/lb/50dc6c495c0c9188/{name}",
        "aws:lb/listenerRule:ListenerRule" => $"arn:aws:elasticloadbalancing:{Region}:{Account}:listener-rule/app/lb/50dc6c495c0c9188/{name}",
        _ => $"arn:aws:{Module(type)}:{Region}:{Account}:{TypeName(type)}/{name}",
    };

    private static MockResourceState State(string type, string name, IReadOnlyDictionary<string, object?> inputs)
    {
        var outputs = new Dictionary<string, object?>(inputs) { ["arn"] = Arn(type, name) };
        outputs.TryAdd("name", name);
        if (type == "random:index/randomPassword:RandomPassword")
        {
            outputs["result"] = $"generated-{name}";
        }

        switch (type)
        {
            case "aws:lb/loadBalancer:LoadBalancer":
                outputs["dnsName"] = $"{outputs["name"]}.{Region}.elb.amazonaws.com";
                outputs["arnSuffix"] = ArnSuffix((string)outputs["arn"]!, "loadbalancer/");
                break;
            case "aws:lb/targetGroup:TargetGroup":
                outputs["arnSuffix"] = ArnSuffix((string)outputs["arn"]!, "");
                break;
            case "aws:secretsmanager/secretVersion:SecretVersion" when inputs.GetValueOrDefault("secretId") is string secretId:
                // aws 7.x: the ARN of the secret this version belongs to (the program reads it instead of the deprecated arn).
                outputs["secretArn"] = Arn("aws:secretsmanager/secret:Secret", secretId);
                break;
            case "aws:rds/instance:Instance":
                outputs.TryAdd("identifier", name);
                outputs["address"] = $"{outputs["identifier"]}.c0ffee.{Region}.rds.amazonaws.com";
                break;
        }

        return new MockResourceState($"{name}-id", outputs);
    }

    /// <summary>The part of an ARN after the account, as CloudWatch dimensions use it ("app/name/id", "targetgroup/name/id").</summary>
    private static string ArnSuffix(string arn, string dropPrefix) => arn.Split(':')[5][dropPrefix.Length..];

    private static string Module(string type) => type.Split(':')[1].Split('/')[0];

    private static string TypeName(string type) => type.Split(':')[2].ToLowerInvariant();
}
