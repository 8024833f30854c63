using Bluegreen.PulumiYaml.Host;
using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Tests.Host;

/// <summary>Component packages as LoadPluginTemplate and the component's ConfigParamDecl inputs read them.</summary>
public class PackageRulesTests
{
    private static (string, string)[] WithPackage(string package) =>
    [
        ("Pulumi.yaml", "name: shop\nruntime: yaml\nmain: program/\npackages:\n  bgcolor: ./components/package\n"),
        ("program/Main.yaml", "outputs: {a: 1}\n"),
        ("components/package/PulumiPlugin.yaml", package),
    ];

    [Fact]
    public void Load_InputDescription_IsAParseRecordWarning()
    {
        var findings = HostProjects.Findings(WithPackage("name: bgcolor\nruntime: yaml\ncomponents:\n  C:\n    inputs:\n      color: {type: string, description: d}\n"))
            .From(HostSources.ParseRecord);

        Assert.Equal("components.C.inputs.color.description", Assert.Single(findings).Path);
    }

    [Fact]
    public void Load_OptionalArrayInput_IsAFindingRequiredOneIsNot()
    {
        var findings = HostProjects.Findings(WithPackage("""
            name: bgcolor
            runtime: yaml
            components:
              C:
                inputs:
                  required: {type: array, items: {type: string}}
                  optional: {type: array, items: {type: string}, default: []}
            """)).From(HostSources.ComponentEvalConfig);

        Assert.Equal("components.C.inputs.optional", Assert.Single(findings).Path);
    }

    [Fact]
    public void Load_InputTypeParseTypeSpecDoesNotKnow_CannotLoad()
    {
        var error = Assert.Throws<PulumiYamlException>(() => HostProjects.Load(WithPackage("name: bgcolor\nruntime: yaml\ncomponents:\n  C:\n    inputs:\n      n: {type: number}\n")));

        Assert.StartsWith("unknown type: number", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PluginWithoutRuntime_IsAFinding()
    {
        var findings = HostProjects.Findings(WithPackage("name: bgcolor\ncomponents:\n  C:\n    outputs: {a: 1}\n"));

        Assert.Equal("runtime", Assert.Single(findings).Path);
    }

    [Fact]
    public void Load_UnknownComponentKeyAndTopLevelKey_AreFindings()
    {
        var findings = HostProjects.Findings(WithPackage("name: bgcolor\nruntime: yaml\nauthor: me\ncomponents:\n  C:\n    output: {a: 1}\n"));

        Assert.Equal(["author", "components.C.output"], findings.Select(f => f.Path));
    }
}
