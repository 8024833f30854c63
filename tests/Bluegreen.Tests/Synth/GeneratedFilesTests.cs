using Bluegreen.Components;
using Bluegreen.Stacks.Apps;
using Bluegreen.Synth;
using Bluegreen.Tests.Common;
using YamlDotNet.RepresentationModel;

namespace Bluegreen.Tests.Synth;

public class GeneratedFilesTests
{
    [Fact]
    public void CommittedFiles_AreUpToDate()
    {
        foreach (var file in GeneratedFiles.Render(SampleApp.Definition))
        {
            var path = Path.Combine(RepositoryRoot.Path, file.RelativePath);
            var committed = File.Exists(path) ? File.ReadAllText(path) : "(missing)";

            Assert.True(committed == file.Content, $"{file.RelativePath} is stale: run `dotnet run --project infra/Bluegreen.Cli -- synth` and commit the result.");
        }
    }

    [Fact]
    public void Rendering_IsDeterministic()
    {
        var first = GeneratedFiles.Render(SyntheticApp.Create(50));
        var second = GeneratedFiles.Render(SyntheticApp.Create(50));

        Assert.Equal(first.Select(f => f.RelativePath), second.Select(f => f.RelativePath));
        Assert.All(first.Zip(second), pair => Assert.Equal(System.Text.Encoding.UTF8.GetBytes(pair.First.Content), System.Text.Encoding.UTF8.GetBytes(pair.Second.Content)));
    }

    [Theory]
    [InlineData(NetworkMode.Existing)]
    [InlineData(NetworkMode.CreateMinimal)]
    public void BothNetworkModes_RenderParseableYamlWithLfLineEndings(NetworkMode mode)
    {
        foreach (var file in GeneratedFiles.Render(SampleApp.Definition with { Network = mode }))
        {
            Assert.DoesNotContain("\r", file.Content, StringComparison.Ordinal);
            Assert.EndsWith("\n", file.Content, StringComparison.Ordinal);
            Assert.DoesNotContain(" \n", file.Content, StringComparison.Ordinal);
            var stream = new YamlStream();
            stream.Load(new StringReader(file.Content));
            Assert.IsType<YamlMappingNode>(stream.Documents[0].RootNode);
        }
    }

    [Fact]
    public void Rendering_WritesTheProjectFileTheProgramFolderAndThePackage()
    {
        var files = GeneratedFiles.Render(SampleApp.Definition).Select(f => f.RelativePath);

        Assert.Equal(["Pulumi.yaml", "program/Main.yaml", "components/package/PulumiPlugin.yaml"], files);
    }

    /// <summary>
    /// The CLI reads the project file and validates config; the YAML host reads only the program folder (pulumi
    /// engine/project.go getPwdMain, pulumi-yaml run.go LoadDir). Keys on the wrong side are ignored or warned about.
    /// </summary>
    [Fact]
    public void ProjectFile_HoldsProjectKeysOnly_AndTheProgramHoldsNoConfig()
    {
        var files = GeneratedFiles.Render(SampleApp.Definition).ToDictionary(f => f.RelativePath, f => (YamlMappingNode)Load(f.Content));

        var project = files["Pulumi.yaml"];
        Assert.Equal(
            ["name", "runtime", "description", "main", "requiredPulumiVersion", "packages", "config"],
            project.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Equal("program/", ((YamlScalarNode)project["main"]).Value);
        Assert.Equal(">=3.235.0", ((YamlScalarNode)project["requiredPulumiVersion"]).Value);
        Assert.Equal("./components/package", ((YamlScalarNode)project["packages"]["bluegreen-components"]).Value);
        Assert.Equal("array", ((YamlScalarNode)project["config"]["publicSubnetIds"]["type"]).Value);
        var program = files["program/Main.yaml"];
        Assert.Equal(["pulumi", "variables", "resources", "outputs"], program.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Equal(">=3.235.0", ((YamlScalarNode)program["pulumi"]["requiredVersion"]).Value);
        var package = files["components/package/PulumiPlugin.yaml"];
        Assert.Equal("bluegreen-components", ((YamlScalarNode)package["name"]).Value);
        Assert.Equal("yaml", ((YamlScalarNode)package["runtime"]).Value);
        Assert.Equal(["ColorEnvironment"], ((YamlMappingNode)package["components"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value));
    }

    [Theory]
    [InlineData("minimal-network", NetworkMode.CreateMinimal, ListenerProtocol.Https)]
    [InlineData("plain-http", NetworkMode.Existing, ListenerProtocol.Http)]
    public void OtherModes_ProgramMatchesItsApprovedFile(string name, NetworkMode network, ListenerProtocol protocol)
    {
        var rendered = GeneratedFiles.Render(SampleApp.Definition with { Network = network, Protocol = protocol }).Single(f => f.RelativePath == "program/Main.yaml");

        ApprovedFile.Verify($"{name}.Main.approved.yaml", rendered.Content);
    }

    private static YamlNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }
}
