using System.Xml.Linq;
using Bluegreen.Engines;
using Bluegreen.Engines.Local;
using Bluegreen.Engines.Pulumi;
using Bluegreen.Synth;
using Bluegreen.Tests.Common;

namespace Bluegreen.Tests.Architecture;

/// <summary>The layers, as project references: the command line on top, engines below it, nothing below imports the CLI.</summary>
public sealed class LayerReferencesTests
{
    /// <summary>Every production project and the only projects it may reference.</summary>
    public static TheoryData<string, string[]> AllowedReferences => new()
    {
        { "components/Bluegreen.Components.csproj", [] },
        { "stacks/Bluegreen.Stacks.csproj", ["Bluegreen.Components"] },
        { "infra/Bluegreen.Synth/Bluegreen.Synth.csproj", ["Bluegreen.Components", "Bluegreen.Stacks"] },
        { "infra/Bluegreen.Engines/Bluegreen.Engines.csproj", ["Bluegreen.Components", "Bluegreen.Stacks"] },
        { "infra/Bluegreen.Engines.Pulumi/Bluegreen.Engines.Pulumi.csproj", ["Bluegreen.Engines"] },
        { "infra/Bluegreen.Engines.Local/Bluegreen.Engines.Local.csproj", ["Bluegreen.Engines", "Bluegreen.Local.Contracts"] },
        { "infra/Bluegreen.Local.Contracts/Bluegreen.Local.Contracts.csproj", [] },
        { "infra/Bluegreen.Aws/Bluegreen.Aws.csproj", [] },
        { "infra/Bluegreen.Release/Bluegreen.Release.csproj", [] },
        { "infra/Bluegreen.Migrations/Bluegreen.Migrations.csproj", ["Bluegreen.Components"] },
        { "infra/Bluegreen.Cli/Bluegreen.Cli.csproj", ["Bluegreen.Synth", "Bluegreen.Engines", "Bluegreen.Engines.Pulumi", "Bluegreen.Engines.Local"] },
        { "infra/apps/router/Bluegreen.Router.csproj", ["Bluegreen.Local.Contracts"] },
        { "infra/apps/agent/Bluegreen.Agent.csproj", ["Bluegreen.Local.Contracts"] },
        { "infra/apps/loadgen/Bluegreen.LoadGen.csproj", ["Bluegreen.Local.Contracts"] },
        { "infra/apps/sample/Bluegreen.SampleApp.csproj", [] },
        { "infra/apps/bench/Bluegreen.Bench.csproj", ["Bluegreen.Engines.Local", "Bluegreen.Synth", "Bluegreen.Stacks", "Bluegreen.Components"] },
    };

    [Theory]
    [MemberData(nameof(AllowedReferences))]
    public void ProjectReferences_OnlyPointDownTheLayers(string project, string[] allowed)
    {
        var referenced = XDocument.Load(Path.Combine(RepositoryRoot.Path, project))
            .Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value))
            .Order(StringComparer.Ordinal);

        Assert.Equal(allowed.Order(StringComparer.Ordinal), referenced);
    }

    [Fact]
    public void EveryProductionProject_IsListed()
    {
        var listed = AllowedReferences.Select(row => (string)row[0]).ToHashSet();

        var projects = new[] { "components", "stacks", "infra" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, folder), "*.csproj", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/'));

        Assert.All(projects, project => Assert.Contains(project, listed));
    }

    [Theory]
    [InlineData(typeof(IStackEngine))]
    [InlineData(typeof(PulumiStackEngine))]
    [InlineData(typeof(LocalStackEngine))]
    [InlineData(typeof(GeneratedFiles))]
    public void BuiltAssembliesBelowTheCli_DoNotReferenceIt(Type member)
    {
        var references = member.Assembly.GetReferencedAssemblies().Select(name => name.Name);

        Assert.DoesNotContain("bluegreen", references);
    }

    [Fact]
    public void EngineContract_ReferencesNoEngine()
    {
        var references = typeof(IStackEngine).Assembly.GetReferencedAssemblies().Select(name => name.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Bluegreen.Engines.", StringComparison.Ordinal) || name == "Bluegreen.Local.Contracts");
    }
}
