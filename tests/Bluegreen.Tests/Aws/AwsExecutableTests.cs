using Bluegreen.Aws;

namespace Bluegreen.Tests.Aws;

public sealed class AwsExecutableTests : IDisposable
{
    private readonly string _emptyFolder = Directory.CreateTempSubdirectory("no-aws-").FullName;

    public void Dispose() => Directory.Delete(_emptyFolder, recursive: true);

    [Fact]
    public void Locate_NowhereToBeFound_IsAFailureThatSaysHowToInstall()
    {
        var result = Locate(new() { ["PATH"] = _emptyFolder });

        Assert.False(result.Succeeded);
        Assert.Equal(AwsErrorKind.CliMissing, result.Failure.Kind);
        Assert.Equal("The AWS CLI was not found.", result.Failure.Message);
        Assert.Equal(
            "Install the AWS CLI version 2 (https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html) "
            + "and put it on PATH, or set BLUEGREEN_AWS to the full path of the aws program.",
            result.Failure.Fix);
    }

    [Fact]
    public void Locate_OnPath_FindsFirstMatch()
    {
        var standIn = AwsScenario.StandInExecutable;

        var result = Locate(new() { ["PATH"] = string.Join(Path.PathSeparator, _emptyFolder, Path.GetDirectoryName(standIn)) });

        Assert.Equal(standIn, result.Value);
    }

    [Fact]
    public void Locate_OverrideSet_WinsOverPath()
    {
        var standIn = AwsScenario.StandInExecutable;

        var result = Locate(new() { ["BLUEGREEN_AWS"] = standIn, ["PATH"] = _emptyFolder });

        Assert.Equal(standIn, result.Value);
    }

    [Fact]
    public void Locate_OverridePointsNowhere_NamesTheVariable()
    {
        var missing = Path.Combine(_emptyFolder, "aws");

        var result = Locate(new() { ["BLUEGREEN_AWS"] = missing, ["PATH"] = Path.GetDirectoryName(AwsScenario.StandInExecutable) });

        Assert.Equal(AwsErrorKind.CliMissing, result.Failure!.Kind);
        Assert.Equal($"BLUEGREEN_AWS is set to '{missing}', but no file is there.", result.Failure.Message);
        Assert.Equal("Fix the path or unset it to search PATH.", result.Failure.Fix);
    }

    private static AwsResult<string> Locate(Dictionary<string, string?> environment) =>
        AwsExecutable.Locate(name => environment.GetValueOrDefault(name));
}
