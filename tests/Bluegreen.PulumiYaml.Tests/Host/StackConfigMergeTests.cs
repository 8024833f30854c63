using Bluegreen.PulumiYaml.Evaluation;
using Bluegreen.PulumiYaml.Host;
using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Tests.Host;

/// <summary>The CLI's mergeConfig / validateStackConfigValue, and the values the program then receives.</summary>
public class StackConfigMergeTests
{
    private const string ProjectConfig = """
        config:
          activeColor: {type: string, default: blue}
          webPort: {type: integer, default: 8080}
          subnetIds:
            type: array
            items: {type: string}
          imageTag: {type: string}
          dbPassword: {type: string, secret: true}
          aws:region: {value: eu-west-1}
        """;

    private static readonly Model.PulumiYamlProject Project = HostProjects.Load(HostProjects.Split(ProjectConfig, "outputs: {a: 1}\n"));

    private static StackConfiguration Stack(params (string Key, string Value)[] values) =>
        values.Aggregate(StackConfiguration.Empty("shop", "dev").With("dbPassword", "pw", secret: true), (c, kv) => c.With(kv.Key, kv.Value));

    [Fact]
    public void ProgramValues_DefaultsAndHostConversion_AreWhatTheProgramSees()
    {
        var values = HostConfig.ProgramValues(Project, Stack(("imageTag", "1.10")).WithJson("subnetIds", "[\"subnet-a\",\"subnet-b\"]"));

        Assert.Equal(new StringValue("blue"), values["shop:activeColor"]);
        Assert.Equal(new NumberValue(8080), values["shop:webPort"]);
        Assert.Equal(new NumberValue(1.1), values["shop:imageTag"]);
        Assert.Equal("[\"subnet-a\",\"subnet-b\"]", values["shop:subnetIds"].ToCanonicalText());
        Assert.Equal(new StringValue("eu-west-1"), values["aws:region"]);
        Assert.True(values["shop:dbPassword"].IsSecret);
    }

    [Fact]
    public void Merge_MissingRequiredValues_NamesThemLikeTheCli()
    {
        var error = Assert.Throws<PulumiYamlException>(() => HostConfig.Merge(Project, StackConfiguration.Empty("shop", "dev")));

        Assert.Equal("Stack 'dev' is missing configuration values 'dbPassword', 'imageTag' and 'subnetIds'", error.Reason);
    }

    [Theory]
    [InlineData("webPort", "eighty", "Stack 'dev' with configuration key 'webPort' must be of type 'integer'")]
    [InlineData("webPort", "80.5", "Stack 'dev' with configuration key 'webPort' must be of type 'integer'")]
    [InlineData("subnetIds", "[\"subnet-a\",1]", "Stack 'dev' with configuration key 'subnetIds' must be of type 'array<string>'")]
    public void Merge_ValueOfTheWrongType_FailsValidateStackConfigValue(string key, string value, string message)
    {
        var stack = Stack(("imageTag", "v1")).WithJson("subnetIds", "[\"s\"]");
        stack = key == "subnetIds" ? stack.WithJson(key, value) : stack.With(key, value);

        var error = Assert.Throws<PulumiYamlException>(() => HostConfig.Merge(Project, stack));

        Assert.Equal(message, error.Reason);
    }

    [Fact]
    public void Merge_SecretDeclarationWithPlaintextValue_MustBeEncrypted()
    {
        var stack = StackConfiguration.Empty("shop", "dev").With("dbPassword", "pw").With("imageTag", "v1").WithJson("subnetIds", "[]");

        var error = Assert.Throws<PulumiYamlException>(() => HostConfig.Merge(Project, stack));

        Assert.Equal("Stack 'dev' with configuration key 'dbPassword' must be encrypted as it's secret", error.Reason);
    }

    [Fact]
    public void Load_StackFileScalars_AreReMarshalledLikeTheCli()
    {
        var folder = Directory.CreateTempSubdirectory("stack-");
        var file = Path.Combine(folder.FullName, "Pulumi.dev.yaml");
        File.WriteAllText(file, "config:\n  shop:imageTag: 1.10\n  shop:quoted: \"1.10\"\n  shop:flag: True\n  shop:list: [a, b]\n");
        try
        {
            var stack = StackConfiguration.Load(file, "shop");

            Assert.Equal("1.1", stack.Values["shop:imageTag"]);
            Assert.Equal("1.10", stack.Values["shop:quoted"]);
            Assert.Equal("true", stack.Values["shop:flag"]);
            Assert.Equal(["shop:list"], stack.ObjectKeys);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
