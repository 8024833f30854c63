using Bluegreen.PulumiYaml.Host;
using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Tests.Host;

/// <summary>The program file as pulumi-yaml parses it: template fields, config types, warnings, fn:: shapes, versions.</summary>
public class ProgramFileTests
{
    private static List<HostFinding> Findings(string program, string source) =>
        HostProjects.Findings(HostProjects.Split("", program)).From(source);

    [Fact]
    public void Load_DescriptionInProgramConfig_IsAParseRecordWarning()
    {
        var findings = Findings("config:\n  color: {type: string, description: Live color.}\n", HostSources.ParseRecord);

        Assert.Equal("config.color.description", Assert.Single(findings).Path);
    }

    [Theory]
    [InlineData("array", false)]
    [InlineData("List<String>", true)]
    [InlineData("list<integer>", true)]
    [InlineData("Integer", true)]
    [InlineData("bool", true)]
    [InlineData("number", true)]
    [InlineData("map", false)]
    public void Load_ProgramConfigType_MustBeOneConfigParseKnows(string type, bool accepted)
    {
        var findings = Findings($"config:\n  x: {{type: \"{type}\"}}\n", HostSources.ConfigParse);

        Assert.Equal(accepted, findings.Count == 0);
    }

    [Fact]
    public void Load_ProgramConfigWithoutTypeOrDefault_CannotBeTyped()
    {
        var findings = Findings("config:\n  x: {secret: true}\n", HostSources.ConfigParse);

        Assert.Equal("unable to infer type: either 'default' or 'type' is required", Assert.Single(findings).Message);
    }

    [Fact]
    public void Load_TopLevelKeysTheHostIgnores_AreFindingsInMainYaml()
    {
        var findings = Findings("name: shop\nruntime: yaml\npackages: {}\noutputs: {a: 1}\n", HostSources.ParseTemplate);

        Assert.Equal(["runtime", "packages"], findings.Select(f => f.Path));
    }

    [Fact]
    public void Load_ProjectKeysInAPulumiYamlThatIsAlsoTheProgram_AreNotFindings()
    {
        var findings = HostProjects.Findings(("Pulumi.yaml", "name: shop\nruntime: yaml\ndescription: d\noutputs: {a: 1}\n"));

        Assert.Empty(findings.From(HostSources.ParseTemplate));
    }

    [Theory]
    [InlineData("resources:\n  tg: {type: aws:lb:TargetGroup, propertes: {}}\n", HostSources.ParseRecord, "resources.tg.propertes")]
    [InlineData("resources:\n  tg: {type: aws:lb:TargetGroup, Properties: {port: 80}}\n", HostSources.UnexpectedCasing, "resources.tg.Properties")]
    [InlineData("resources:\n  tg:\n    type: aws:lb:TargetGroup\n    options: {dependOn: []}\n", HostSources.ParseRecord, "resources.tg.options.dependOn")]
    [InlineData("variables:\n  j: {fn::toJson: [1]}\n", HostSources.UnexpectedCasing, "variables.j.fn::toJson")]
    [InlineData("variables:\n  r: {fn::invoke: {function: aws:index/getRegion:getRegion, retrun: name}}\n", "pulumi-yaml ast/expr.go parseInvoke", "variables.r.fn::invoke.retrun")]
    [InlineData("variables:\n  r:\n    fn::invoke:\n      function: aws:index/getRegion:getRegion\n      options: {versions: 7.0.0}\n", HostSources.ParseRecord, "variables.r.fn::invoke.options.versions")]
    public void Load_WarningsTheHostPrints_AreFindings(string program, string source, string path)
    {
        var findings = Findings(program, source);

        Assert.Equal(path, Assert.Single(findings).Path);
    }

    [Theory]
    [InlineData("variables:\n  v: {fn::split: [\",\"]}\n", "The argument to fn::split must be a two-values list")]
    [InlineData("variables:\n  v: {fn::join: \"-\"}\n", "the argument to fn::join must be a two-valued list")]
    [InlineData("variables:\n  v: {fn::invoke: x}\n", "the argument to fn::invoke must be an object containing 'function', 'arguments', 'options', and 'return'")]
    [InlineData("variables:\n  v: {fn::invoke: {arguments: {}}}\n", "missing function name ('function')")]
    [InlineData("variables:\n  v: {fn::invoke: {function: f, arguments: [1]}}\n", "function arguments ('arguments') must be an object")]
    [InlineData("variables:\n  v: {fn::invoke: {function: f, return: [a]}}\n", "return directive must be a string literal")]
    public void Load_FunctionArgumentOfTheWrongShape_FailsWithTheHostsMessage(string program, string message)
    {
        var error = Assert.Throws<PulumiYamlException>(() => HostProjects.Load(HostProjects.Split("", program)));

        Assert.Equal(message, error.Reason);
    }

    [Theory]
    [InlineData("7.48.0", true)]
    [InlineData("v7.48.0", true)]
    [InlineData("7.48", true)]
    [InlineData(">=7.0.0", false)]
    [InlineData("7.x", false)]
    [InlineData("07.1.0", false)]
    public void Load_OptionsVersion_MustBeOneVersionForParseTolerant(string version, bool accepted)
    {
        var findings = Findings($"resources:\n  aws:\n    type: pulumi:providers:aws\n    options: {{version: \"{version}\"}}\n", HostSources.ParseVersion);

        Assert.Equal(accepted, findings.Count == 0);
    }

    [Theory]
    [InlineData(">=3.219.0", true)]
    [InlineData(">= 3.219.0", true)]
    [InlineData(">=3.219", false)]
    public void Load_PulumiRequiredVersion_MustBeARange(string range, bool accepted)
    {
        var project = HostProjects.Load(HostProjects.Split("", $"pulumi:\n  requiredVersion: \"{range}\"\n"));

        Assert.Equal(range, project.Program.RequiredVersion);
        Assert.Equal(accepted, project.Findings.From(HostSources.EvalPulumi).Count == 0);
    }
}
