using Bluegreen.PulumiYaml.Evaluation;
using Bluegreen.PulumiYaml.Schemas;
using Bluegreen.PulumiYaml.Syntax;
using Bluegreen.PulumiYaml.Testing;

namespace Bluegreen.PulumiYaml.Tests;

public class StackConfigurationTests
{
    private const string StackFile = """
        secretsprovider: passphrase
        encryptionsalt: v1:abc
        config:
          shop:activeColor: blue
          shop:webDesiredCount: 2
          shop:privateSubnetIds:
            - subnet-a
            - subnet-b
          shop:dbPassword:
            secure: v1:AAAA
          aws:region: us-east-1
        """;

    private const string Program = """
        name: shop
        runtime: yaml
        config:
          activeColor: {type: string}
          webDesiredCount: {type: integer}
          privateSubnetIds:
            type: array
            items: {type: string}
          dbPassword: {type: string, secret: true}
        outputs:
          color: ${activeColor}
          count: ${webDesiredCount}
          subnet: ${privateSubnetIds[1]}
          region: ${aws:region}
          password: ${dbPassword}
        """;

    [Fact]
    public void Load_StackFile_KeepsQualifiedKeysStringsAndJsonForLists()
    {
        var config = Load();

        Assert.Equal("dev", config.Stack);
        Assert.Equal("blue", config.Values["shop:activeColor"]);
        Assert.Equal("2", config.Values["shop:webDesiredCount"]);
        Assert.Equal("[\"subnet-a\",\"subnet-b\"]", config.Values["shop:privateSubnetIds"]);
        Assert.Equal(["shop:dbPassword"], config.EncryptedKeys);
    }

    [Fact]
    public void Evaluate_EncryptedValueNotReplaced_SaysHowToFix()
    {
        var error = Assert.Throws<PulumiYamlException>(() => Evaluate(Load()));

        Assert.Equal("config 'shop:dbPassword' is encrypted in the stack file; give the test a plaintext value with StackConfiguration.With", error.Reason);
    }

    [Fact]
    public void Evaluate_WithOverrides_TypesValuesAndKeepsSecrets()
    {
        var result = Evaluate(Load().With("dbPassword", "pw", secret: true).With("activeColor", "green"));

        Assert.Equal(new StringValue("green"), result.Outputs["color"]);
        Assert.Equal(new NumberValue(2), result.Outputs["count"]);
        Assert.Equal(new StringValue("subnet-b"), result.Outputs["subnet"]);
        Assert.Equal(new StringValue("us-east-1"), result.Outputs["region"]);
        Assert.Equal(new StringValue("pw") { IsSecret = true }, result.Outputs["password"]);
    }

    [Fact]
    public void Evaluate_ValueOfWrongDeclaredType_IsRejected()
    {
        var error = Assert.Throws<PulumiYamlException>(() => Evaluate(Load().With("dbPassword", "pw", secret: true).With("webDesiredCount", "two")));

        // validateStackConfigValue: the CLI's wording, with the key as declared.
        Assert.Equal("Stack 'dev' with configuration key 'webDesiredCount' must be of type 'integer'", error.Reason);
    }

    private static StackConfiguration Load()
    {
        var file = Path.Combine(Path.GetTempPath(), "stack-" + Guid.NewGuid().ToString("N"), "Pulumi.dev.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, StackFile);
        try
        {
            return StackConfiguration.Load(file, "shop");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    private static EvaluationResult Evaluate(StackConfiguration config) =>
        new PulumiYamlEvaluator(ProviderSchemas.Shared, MockCloud.Create().Object).Evaluate(TempProject.Load(Program), config);
}
