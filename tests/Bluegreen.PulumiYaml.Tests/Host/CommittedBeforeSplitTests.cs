using Bluegreen.PulumiYaml.Host;
using Bluegreen.PulumiYaml.Schemas;
using Bluegreen.PulumiYaml.Validation;

namespace Bluegreen.PulumiYaml.Tests.Host;

/// <summary>
/// The generated project as committed before issue 8 (program inside Pulumi.yaml, package named like the project),
/// kept as fixtures: what each host rule says about it. The rules must fail on it.
/// </summary>
public class CommittedBeforeSplitTests
{
    private static readonly Model.PulumiYamlProject Project = HostProjects.Load(
        ("Pulumi.yaml", Fixture("committed-before-split.Pulumi.yaml")),
        ("components/package/PulumiPlugin.yaml", Fixture("committed-before-split.PulumiPlugin.yaml")));

    [Fact]
    public void EveryProgramConfigDescription_IsAWarningOfTheYamlHost()
    {
        var descriptions = Project.Findings.From(HostSources.ParseRecord).Select(f => f.Path).ToList();

        // All 20 config entries carry a description (the facts file counted 24; the committed file has 20).
        Assert.Equal(20, descriptions.Count);
        Assert.All(descriptions, path => Assert.Matches(@"^config\.\w+\.description$", path));
    }

    [Fact]
    public void ArrayConfigTypes_AreUnknownToConfigParse()
    {
        var paths = Project.Findings.From(HostSources.ConfigParse).Select(f => f.Path);

        Assert.Equal(["config.publicSubnetIds.type", "config.privateSubnetIds.type"], paths);
    }

    [Fact]
    public void ProgramAtTheProjectRoot_MakesTheHostWalkEverySubfolder()
    {
        Assert.Single(Project.Findings.From(HostSources.SearchPackageDecls));
    }

    [Fact]
    public void PackageNamedLikeTheProject_ReceivesTheProjectConfig()
    {
        Assert.Equal("packages.bluegreen", Assert.Single(Project.Findings.From(HostSources.GetPackageConfig)).Path);
    }

    [Fact]
    public void DeprecatedSecretVersionArn_FailsValidation()
    {
        var errors = new SchemaValidator(ProviderSchemas.Shared).Validate(Project);

        Assert.Equal(2, errors.Count(e => e.Message.StartsWith("${databaseSecretVersion.arn}: property 'arn' of aws:secretsmanager/secretVersion:SecretVersion is deprecated", StringComparison.Ordinal)));
    }

    [Fact]
    public void NoProviderIsPinned()
    {
        Assert.Empty(DefaultProviderRules.DefaultProviders(Project.Program));
        Assert.Null(Project.Project!.RequiredPulumiVersion);
    }

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
