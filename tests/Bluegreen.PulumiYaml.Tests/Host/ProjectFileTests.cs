using Bluegreen.PulumiYaml.Host;

namespace Bluegreen.PulumiYaml.Tests.Host;

/// <summary>Pulumi.yaml as the CLI reads it: project.json, Project.Validate and requiredPulumiVersion.</summary>
public class ProjectFileTests
{
    private const string Program = "outputs:\n  ok: yes\n";

    [Fact]
    public void Load_ValidSplitProject_HasNoFindings()
    {
        var project = HostProjects.Load(HostProjects.Split("""
            requiredPulumiVersion: ">=3.219.0"
            config:
              activeColor: {type: string, default: blue, description: "Live color."}
              subnetIds:
                type: array
                items: {type: string}
                description: Subnets.
              aws:region: {value: us-east-1}
            """, Program));

        Assert.Empty(project.Findings);
        Assert.Equal(">=3.219.0", project.Project!.RequiredPulumiVersion);
        Assert.Equal("string", project.Project.Config.Single(c => c.Key == "subnetIds").Items!.Type);
    }

    [Theory]
    [InlineData("config:\n  x: {type: string, descripton: typo}", "#/config/x")]
    [InlineData("config:\n  x: {type: \"List<String>\"}", "#/config/x")]
    [InlineData("stackConfigDir: 42", "#/stackConfigDir")]
    [InlineData("packages:\n  p: {version: 1.0.0}", "#/packages/p")]
    public void Load_SchemaViolation_IsAFindingOfValidateProject(string yaml, string location)
    {
        var findings = HostProjects.Findings(HostProjects.Split(yaml, Program)).From(HostSources.ValidateProject);

        Assert.Contains(findings, f => f.Path.StartsWith(location, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("x: {type: integer, default: two}", "The default value specified for configuration key 'x' is not of the expected type 'integer'")]
    [InlineData("x: {type: array}", "The configuration key 'x' declares an array but does not specify the underlying type via the 'items' attribute")]
    [InlineData("x: {type: array, items: {type: string}, default: [a, 1]}", "The default value specified for configuration key 'x' is not of the expected type 'array<string>'")]
    [InlineData("x: {default: a, value: b}", "project config 'x' cannot have both a 'default' and 'value' attribute")]
    [InlineData("aws:region: {type: string, value: x}", "Configuration key 'aws:region' is not namespaced by the project and should not define a type")]
    [InlineData("aws:region: {secret: true}", "Configuration key 'aws:region' is namespaced and must provide an attribute 'value'")]
    public void Load_InvalidDeclaration_IsAFindingOfProjectValidate(string entry, string message)
    {
        var findings = HostProjects.Findings(HostProjects.Split("config:\n  " + entry, Program)).From(HostSources.ProjectValidate);

        Assert.Equal([message], findings.Select(f => f.Message));
    }

    [Fact]
    public void Load_IntegerDefaultWrittenAsWholeNumberOrString_PassesValidateConfigValue()
    {
        var findings = HostProjects.Findings(HostProjects.Split("config:\n  a: {type: integer, default: 8080}\n  b: {type: integer, default: \"8081\"}", Program));

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData(">=3.219")]
    [InlineData("~3.219.0")]
    [InlineData("latest")]
    public void Load_RequiredPulumiVersionThatDoesNotParse_IsAFinding(string range)
    {
        var findings = HostProjects.Findings(HostProjects.Split($"requiredPulumiVersion: \"{range}\"", Program)).From(HostSources.ValidatePulumiVersionRange);

        Assert.Single(findings);
    }

    [Theory]
    [InlineData(">=3.219.0", "3.219.0", true)]
    [InlineData(">=3.219.0", "3.218.9", false)]
    [InlineData(">=3.219.0 <4.0.0", "4.0.0", false)]
    [InlineData("<3.0.0 || >=3.235.0", "3.240.1", true)]
    [InlineData("!3.230.0", "3.230.0", false)]
    public void VersionRange_ContainsLikeBlangSemver(string range, string version, bool expected)
    {
        Assert.True(SemanticVersion.TryParse(version, out var parsed, out _));
        Assert.Equal(expected, VersionRange.TryParse(range, out _)!.Contains(parsed!));
    }

    [Fact]
    public void Load_ProgramKeysLeftInASplitProjectFile_AreFindings()
    {
        var findings = HostProjects.Findings(HostProjects.Split("variables:\n  x: 1\npulumi:\n  requiredVersion: \">=3.0.0\"", Program))
            .From(HostSources.ProjectAdditionalKeys);

        Assert.Equal(["variables", "pulumi"], findings.Select(f => f.Path));
    }

    [Fact]
    public void Load_ProjectWithoutName_CannotLoad()
    {
        var error = Assert.Throws<Syntax.PulumiYamlException>(() => HostProjects.Load(("Pulumi.yaml", "runtime: yaml\n")));

        Assert.Contains("project is missing a non-empty string 'name' attribute", error.Message, StringComparison.Ordinal);
    }
}
