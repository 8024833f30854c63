using Bluegreen.Engines;
using Bluegreen.Engines.Local.Artifacts;
using Moq;

namespace Bluegreen.Tests.Engines.Local.Artifacts;

public sealed class AppArtifactsTests : IDisposable
{
    private readonly string _project = Directory.CreateTempSubdirectory("bluegreen-artifacts-").FullName;
    private readonly Mock<IAppPublisher> _publisher = new();
    private readonly List<string> _progress = [];

    public AppArtifactsTests()
    {
        Write("infra/apps/demo/Demo.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><AssemblyName>Bluegreen.Demo</AssemblyName></PropertyGroup>
              <ItemGroup><Compile Include="../../Shared/*.cs" Link="Shared/%(Filename)%(Extension)" /></ItemGroup>
            </Project>
            """);
        Write("infra/apps/demo/Program.cs", "return 0;");
        Write("infra/Shared/Contract.cs", "record Contract;");
        Write("Directory.Build.props", "<Project />");
        _publisher
            .Setup(p => p.PublishAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string _, string output, CancellationToken _) =>
            {
                Directory.CreateDirectory(output);
                File.WriteAllText(Path.Combine(output, "Bluegreen.Demo.dll"), "published");
                return Task.FromResult(new PublishOutcome(0, "Build succeeded."));
            });
        AgeSources();
    }

    [Fact]
    public async Task Resolve_NothingPublished_PublishesIntoTheAppsFolder()
    {
        var dll = await CreateArtifacts().ResolveAsync("demo", _progress.Add, CancellationToken.None);

        Assert.Equal(Path.Combine(_project, ".bluegreen", "apps", "demo", "Bluegreen.Demo.dll"), dll);
        Assert.Equal("published", File.ReadAllText(dll));
        Assert.Equal(["publishing demo (dotnet publish infra/apps/demo -c Release)"], _progress);
        var projectFile = Path.Combine(_project, "infra/apps/demo/Demo.csproj");
        _publisher.Verify(p => p.PublishAsync(projectFile, It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Resolve_PublishedAndSourcesUnchanged_DoesNotPublishAgain()
    {
        var artifacts = CreateArtifacts();
        await artifacts.ResolveAsync("demo", null, CancellationToken.None);
        Write("infra/apps/demo/bin/Debug/Bluegreen.Demo.dll", "build output is not a source");
        File.SetLastWriteTimeUtc(Path.Combine(_project, "infra/apps/demo/bin/Debug/Bluegreen.Demo.dll"), DateTime.UtcNow.AddHours(1));

        await artifacts.ResolveAsync("demo", _progress.Add, CancellationToken.None);

        Assert.Empty(_progress);
        _publisher.Verify(p => p.PublishAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData("infra/apps/demo/Program.cs")]
    [InlineData("infra/Shared/Contract.cs")]
    [InlineData("Directory.Build.props")]
    public async Task Resolve_AnInputEditedAfterPublishing_PublishesAgain(string input)
    {
        var artifacts = CreateArtifacts();
        await artifacts.ResolveAsync("demo", null, CancellationToken.None);
        File.SetLastWriteTimeUtc(Path.Combine(_project, input), DateTime.UtcNow.AddMinutes(1));

        await artifacts.ResolveAsync("demo", null, CancellationToken.None);

        _publisher.Verify(p => p.PublishAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task Resolve_PublishFails_ThrowsWithTheErrorLinesAndKeepsTheOldCopy()
    {
        var artifacts = CreateArtifacts();
        var dll = await artifacts.ResolveAsync("demo", null, CancellationToken.None);
        File.SetLastWriteTimeUtc(Path.Combine(_project, "infra/apps/demo/Program.cs"), DateTime.UtcNow.AddMinutes(1));
        _publisher
            .Setup(p => p.PublishAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new PublishOutcome(1, "Restoring...\n/x/Program.cs(1,1): error CS1002: ; expected\nBuild FAILED.\n"));

        var error = await Assert.ThrowsAsync<StackFailureException>(() => artifacts.ResolveAsync("demo", null, CancellationToken.None));

        Assert.Equal(StackError.UnexpectedError, error.Error);
        Assert.Equal("Publishing app \"demo\" failed (dotnet publish exited with 1). Fix the errors below and run the command again.", error.Message);
        Assert.Equal(["/x/Program.cs(1,1): error CS1002: ; expected"], error.Details);
        Assert.Equal("published", File.ReadAllText(dll));
        Assert.Equal(["demo"], Directory.GetDirectories(artifacts.AppsDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Resolve_UnknownApp_ThrowsInvalidInputNamingTheFolder()
    {
        var error = await Assert.ThrowsAsync<StackFailureException>(() => CreateArtifacts().ResolveAsync("nope", null, CancellationToken.None));

        Assert.Equal(StackError.InvalidInput, error.Error);
        Assert.Equal(
            $"Expected one project file in {Path.Combine(_project, "infra", "apps", "nope")} for app \"nope\", found 0. Check the app name and the checkout.",
            error.Message);
    }

    public void Dispose() => Directory.Delete(_project, recursive: true);

    private AppArtifacts CreateArtifacts() => new(_project, _publisher.Object);

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_project, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>Sources written a minute ago, so a publish stamped "now" is newer than all of them.</summary>
    private void AgeSources()
    {
        foreach (var file in Directory.EnumerateFiles(_project, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-1));
        }
    }
}
