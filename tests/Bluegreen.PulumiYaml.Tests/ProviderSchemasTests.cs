using Bluegreen.PulumiYaml.Schemas;

namespace Bluegreen.PulumiYaml.Tests;

public class ProviderSchemasTests
{
    private static ProviderSchemas Schemas => ProviderSchemas.Shared;

    [Theory]
    [InlineData("aws:ecs:Service", "aws:ecs/service:Service")]
    [InlineData("aws:lb:ListenerRule", "aws:lb/listenerRule:ListenerRule")]
    [InlineData("random:RandomPassword", "random:index/randomPassword:RandomPassword")]
    [InlineData("random:index:RandomPassword", "random:index/randomPassword:RandomPassword")]
    [InlineData("aws:ecs/service:Service", "aws:ecs/service:Service")]
    [InlineData("aws:elasticloadbalancingv2/listener:Listener", "aws:lb/listener:Listener")]
    [InlineData("kubernetes:apps/v1:Deployment", "kubernetes:apps/v1:Deployment")]
    [InlineData("kubernetes:apps/v1beta1:Deployment", "kubernetes:apps/v1:Deployment")]
    [InlineData("pulumi:providers:aws", "pulumi:providers:aws")]
    public void ResolveResource_WrittenToken_GivesCanonicalToken(string written, string canonical)
    {
        var resource = Schemas.ResolveResource(written);

        Assert.Equal(canonical, resource?.Token);
    }

    [Theory]
    [InlineData("aws:ecs:Servic")]
    [InlineData("aws:ecs:service")]
    [InlineData("aws:Service")]
    [InlineData("gcp:compute:Instance")]
    [InlineData("aws")]
    public void ResolveResource_UnknownToken_GivesNull(string written)
    {
        Assert.Null(Schemas.ResolveResource(written));
    }

    [Theory]
    [InlineData("aws:ec2:getVpc", "aws:ec2/getVpc:getVpc")]
    [InlineData("aws:getRegion", "aws:index/getRegion:getRegion")]
    [InlineData("aws:index:getCallerIdentity", "aws:index/getCallerIdentity:getCallerIdentity")]
    [InlineData("aws:iam/getPolicyDocument:getPolicyDocument", "aws:iam/getPolicyDocument:getPolicyDocument")]
    public void ResolveFunction_WrittenToken_GivesCanonicalToken(string written, string canonical)
    {
        Assert.Equal(canonical, Schemas.ResolveFunction(written)?.Token);
    }

    [Fact]
    public void ResolveResource_RandomPassword_MarksResultSecretAndLengthRequired()
    {
        var password = Schemas.ResolveResource("random:RandomPassword")!;

        Assert.True(password.Outputs["result"].Secret);
        Assert.Equal(["length"], password.RequiredInputs);
        Assert.False(password.Inputs["length"].Secret);
    }

    [Fact]
    public void ResolveRef_EnumAndObjectAndResourceTokens_GiveTheirTargets()
    {
        var parameterType = Assert.IsType<EnumTypeTarget>(Schemas.ResolveRef("#/types/aws:ssm/ParameterType:ParameterType"));
        var header = Assert.IsType<ObjectTypeTarget>(Schemas.ResolveRef("#/types/aws:lb/ListenerRuleConditionHttpHeader:ListenerRuleConditionHttpHeader"));
        var role = Assert.IsType<ResourceReferenceTarget>(Schemas.ResolveRef("#/types/aws:iam/role:Role"));

        Assert.Equal(["String", "StringList", "SecureString"], parameterType.Values.Select(v => v.GetString()));
        Assert.Equal(["httpHeaderName"], header.Required);
        Assert.Equal("aws:iam/role:Role", role.Token);
        Assert.IsType<AnyTarget>(Schemas.ResolveRef("pulumi.json#/Any"));
    }

    [Fact]
    public void Load_FolderWithoutSchemas_SaysWhichFileIsMissing()
    {
        var folder = Path.Combine(Path.GetTempPath(), "no-schemas-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<FileNotFoundException>(() => ProviderSchemas.Load(folder));

        Assert.Contains("aws.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("aws.json, random.json, kubernetes.json", error.Message, StringComparison.Ordinal);
    }
}
