using Bluegreen.Components;
using Bluegreen.Engines;
using Bluegreen.Engines.Local.Intent;
using Bluegreen.Engines.Local.State;

namespace Bluegreen.Tests.Engines.Local;

/// <summary>desired.json, active-color and the lock: what they hold, and what a damaged one says.</summary>
public sealed class StateFilesTests : IDisposable
{
    private readonly StackFolder _folder = new(Directory.CreateTempSubdirectory("bg-state-").FullName);

    [Fact]
    public void Intent_IsWrittenAsReadableJson_AndReadBack()
    {
        var store = new IntentStore(_folder, "local");

        store.Write(new StackIntent(DeploymentColor.Green, "1.0.0", "2.0.0"));

        Assert.Equal(
            "{\n  \"activeColor\": \"green\",\n  \"imageTags\": {\n    \"blue\": \"1.0.0\",\n    \"green\": \"2.0.0\"\n  }\n}\n",
            File.ReadAllText(_folder.Intent));
        Assert.Equal(new StackIntent(DeploymentColor.Green, "1.0.0", "2.0.0"), store.Read());
    }

    [Fact]
    public void Intent_ThatWasNeverWritten_IsNull()
    {
        Assert.Null(new IntentStore(_folder, "local").Read());
    }

    [Theory]
    [InlineData("{\"activeColor\": ", "it is not valid JSON")]
    [InlineData("null", "it holds JSON null")]
    [InlineData("{\"activeColor\": \"purple\", \"imageTags\": {\"blue\": \"v1\", \"green\": \"v2\"}}", "activeColor is \"purple\", not \"blue\" or \"green\"")]
    [InlineData("{\"activeColor\": \"blue\", \"imageTags\": {\"blue\": \"v1\"}}", "imageTags.green is missing")]
    [InlineData("{\"activeColor\": \"blue\", \"imageTags\": {\"blue\": \"-x\", \"green\": \"v2\"}}", "imageTags.blue is \"-x\", not a valid image tag")]
    public void DamagedIntent_IsCorruptState_NamingTheFileTheProblemAndTheRepair(string content, string problem)
    {
        File.WriteAllText(_folder.Intent, content);

        var failure = Assert.Throws<StackFailureException>(() => new IntentStore(_folder, "local").Read());

        Assert.Equal(StackError.CorruptState, failure.Error);
        Assert.StartsWith($"The desired state file {_folder.Intent} cannot be used: {problem}", failure.Message, StringComparison.Ordinal);
        Assert.Contains("run `bluegreen up --stack local` to seed it again from Pulumi.local.yaml", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ActiveColor_IsOneWord_ReadBackAsAColor()
    {
        var published = new PublishedActiveColor(_folder, "local");

        var before = published.Read();
        published.Write(DeploymentColor.Green);

        Assert.Null(before);
        Assert.Equal("green\n", File.ReadAllText(_folder.ActiveColor));
        Assert.Equal(DeploymentColor.Green, published.Read());
    }

    [Fact]
    public void ActiveColor_HoldingAnythingElse_IsCorruptState_SayingHowToFixIt()
    {
        File.WriteAllText(_folder.ActiveColor, "purple\n");

        var failure = Assert.Throws<StackFailureException>(() => new PublishedActiveColor(_folder, "local").Read());

        Assert.Equal(StackError.CorruptState, failure.Error);
        Assert.Equal(
            $"The active-color file {_folder.ActiveColor} holds \"purple\" instead of \"blue\" or \"green\". Write the live color into it "
            + $"(e.g. `echo blue > {_folder.ActiveColor}`), or run `bluegreen switch --stack local --to <color> --force` to publish the color the router serves. Nothing was changed.",
            failure.Message);
    }

    [Fact]
    public void Lock_HeldByOneCommand_RefusesTheNext_NamingTheHolder_UntilReleased()
    {
        var time = TimeProvider.System;
        var first = StackLock.Acquire(_folder, "local", "switch", time);

        var refused = Assert.Throws<StackFailureException>(() => StackLock.Acquire(_folder, "local", "deploy", time));
        first.Dispose();
        using var next = StackLock.Acquire(_folder, "local", "deploy", time);

        Assert.Equal(StackError.Conflict, refused.Error);
        Assert.StartsWith($"Another command is changing stack local: `switch` by pid {Environment.ProcessId} since ", refused.Message, StringComparison.Ordinal);
        Assert.Contains("\"operation\":\"deploy\"", File.ReadAllText(_folder.LockHolder), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder.Path, recursive: true);
}
