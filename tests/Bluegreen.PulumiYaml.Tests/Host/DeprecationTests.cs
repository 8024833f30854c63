using Bluegreen.PulumiYaml.Schemas;
using Bluegreen.PulumiYaml.Validation;

namespace Bluegreen.PulumiYaml.Tests.Host;

/// <summary>Any use of a property the provider schema marks with a deprecationMessage fails validation.</summary>
public class DeprecationTests
{
    private static IReadOnlyList<SchemaError> Validate(string program) =>
        new SchemaValidator(ProviderSchemas.Shared).Validate(HostProjects.Load(HostProjects.Split("", program)));

    [Fact]
    public void Validate_DeprecatedInput_Fails()
    {
        var errors = Validate("resources:\n  pw:\n    type: random:RandomPassword\n    properties: {length: 20, number: true}\n");

        var error = Assert.Single(errors);
        Assert.Equal("resources.pw.properties.number", error.Path);
        Assert.StartsWith("property 'number' of random:index/randomPassword:RandomPassword is deprecated: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DeprecatedOutputReference_Fails()
    {
        var errors = Validate("""
            resources:
              secret: {type: aws:secretsmanager:Secret}
              version:
                type: aws:secretsmanager:SecretVersion
                properties: {secretId: "${secret.id}", secretString: {fn::secret: x}}
            outputs:
              old: ${version.arn}
              current: ${version.secretArn}
            """);

        var error = Assert.Single(errors);
        Assert.Equal("outputs.old", error.Path);
        Assert.Equal("${version.arn}: property 'arn' of aws:secretsmanager/secretVersion:SecretVersion is deprecated: arn is deprecated. Use secretArn instead.", error.Message);
    }

    [Theory]
    [InlineData("name", 1)]
    [InlineData("region", 0)]
    public void Validate_DeprecatedInvokeReturn_Fails(string returned, int errorCount)
    {
        var errors = Validate($"variables:\n  r:\n    fn::invoke: {{function: aws:index/getRegion:getRegion, return: {returned}}}\n");

        Assert.Equal(errorCount, errors.Count);
    }
}
