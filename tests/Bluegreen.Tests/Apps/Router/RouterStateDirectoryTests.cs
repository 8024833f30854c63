using System.Runtime.Versioning;
using Bluegreen.Local.Contracts.Routing;
using Bluegreen.Router.State;
using Bluegreen.Tests.Common;
using Bluegreen.Tests.Local.Contracts.Routing;

namespace Bluegreen.Tests.Apps.Router;

[SupportedOSPlatform("linux")]
public sealed class RouterStateDirectoryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void LoadServedColor_MissingFile_IsNull_AndSavedColorReadsBack()
    {
        var files = new RouterStateDirectory(_folder.Path);

        var missing = files.LoadServedColor();
        files.SaveServedColor("green");

        Assert.Null(missing);
        Assert.Equal("green", files.LoadServedColor());
        Assert.Equal(["served-color"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("Blue\n", "Blue")]
    [InlineData("", "")]
    [InlineData("blue green", "blue green")]
    public void LoadServedColor_UnknownContent_IsCorruptState_NamingFileAndValue(string content, string shown)
    {
        File.WriteAllText(_folder.File("served-color"), content);

        var failure = Assert.Throws<RouterStartupException>(() => new RouterStateDirectory(_folder.Path).LoadServedColor());

        Assert.Equal(RouterExitCodes.CorruptState, failure.ExitCode);
        Assert.Equal(
            $"{_folder.File("served-color")} holds \"{shown}\" but must hold \"blue\" or \"green\". Write the color that should be live into it, or delete it to start on the snapshot's defaultColor.",
            failure.Message);
    }

    [Fact]
    public void LoadSnapshot_SavedSnapshot_ReadsBack()
    {
        var files = new RouterStateDirectory(_folder.Path);
        var snapshot = TestSnapshots.Valid;

        files.SaveSnapshot(snapshot);

        Assert.Equal(RouterSnapshotJson.Serialize(snapshot), RouterSnapshotJson.Serialize(files.LoadSnapshot()));
    }

    [Fact]
    public void LoadSnapshot_Truncated_IsCorruptState_WithTheParserPosition()
    {
        File.WriteAllText(_folder.File("snapshot.json"), "{\"version\": 1,");

        var failure = Assert.Throws<RouterStartupException>(() => new RouterStateDirectory(_folder.Path).LoadSnapshot());

        Assert.Equal(RouterExitCodes.CorruptState, failure.ExitCode);
        Assert.Equal($"{_folder.File("snapshot.json")} is not a valid router snapshot. Fix the fields below or let the local engine rewrite it.", failure.Message);
        Assert.Equal(
            "Expected start of a property name or value, but instead reached end of data. Path: $ | LineNumber: 0 | BytePositionInLine: 13.",
            Assert.Single(failure.Details));
    }

    [Theory]
    [InlineData("{\"production\": \"red\"}", "each listener must be \"blue\" or \"green\" or absent")]
    [InlineData("null", "each listener must be \"blue\" or \"green\" or absent")]
    [InlineData("{\"prod\": \"blue\"}", "The JSON property 'prod' could not be mapped to any .NET member contained in type 'Bluegreen.Local.Contracts.Routing.ListenerOverrides'.")]
    public void LoadListenerOverrides_Invalid_IsCorruptState(string content, string problem)
    {
        File.WriteAllText(_folder.File("listener-overrides.json"), content);

        var failure = Assert.Throws<RouterStartupException>(() => new RouterStateDirectory(_folder.Path).LoadListenerOverrides());

        Assert.Equal(RouterExitCodes.CorruptState, failure.ExitCode);
        Assert.Equal(
            $"{_folder.File("listener-overrides.json")} is not valid ({problem}). Delete it to put both listeners back on the served color.",
            failure.Message);
    }

    [Fact]
    public void SaveListenerOverrides_Empty_DeletesTheFile()
    {
        var files = new RouterStateDirectory(_folder.Path);
        files.SaveListenerOverrides(new ListenerOverrides { Test = "blue" });

        var saved = files.LoadListenerOverrides();
        files.SaveListenerOverrides(ListenerOverrides.None);

        Assert.Equal(new ListenerOverrides { Test = "blue" }, saved);
        Assert.Same(ListenerOverrides.None, files.LoadListenerOverrides());
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }
}
