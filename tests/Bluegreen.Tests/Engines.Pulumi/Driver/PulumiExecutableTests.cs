using Bluegreen.Engines;
using Bluegreen.Engines.Pulumi.Driver;

namespace Bluegreen.Tests.Engines.Pulumi.Driver;

public sealed class PulumiExecutableTests : IDisposable
{
    private readonly string _emptyFolder = Directory.CreateTempSubdirectory("no-pulumi-").FullName;

    public void Dispose() => Directory.Delete(_emptyFolder, recursive: true);

    [Fact]
    public void Locate_NowhereToBeFound_SaysHowToInstallAndWhichVersion()
    {
        var environment = new Dictionary<string, string?> { ["PATH"] = _emptyFolder };

        var failure = Assert.Throws<StackFailureException>(() => PulumiExecutable.Locate(name => environment.GetValueOrDefault(name)));

        Assert.Equal(StackError.PulumiFailed, failure.Error);
        Assert.Equal(
            "The Pulumi CLI was not found. Install the Pulumi CLI 3.235.0 or newer (https://www.pulumi.com/docs/install/, "
            + "for example `curl -fsSL https://get.pulumi.com | sh`) and put it on PATH, or set BLUEGREEN_PULUMI to the full path of the pulumi program.",
            failure.Message);
    }

    [Fact]
    public void Locate_OnPath_FindsFirstMatch()
    {
        var standIn = PulumiScenario.StandInExecutable;
        var environment = new Dictionary<string, string?> { ["PATH"] = string.Join(Path.PathSeparator, _emptyFolder, Path.GetDirectoryName(standIn)) };

        Assert.Equal(standIn, PulumiExecutable.Locate(name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void Locate_OverrideSet_WinsOverPath()
    {
        var standIn = PulumiScenario.StandInExecutable;
        var environment = new Dictionary<string, string?> { ["BLUEGREEN_PULUMI"] = standIn, ["PATH"] = _emptyFolder };

        Assert.Equal(standIn, PulumiExecutable.Locate(name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void Locate_OverridePointsNowhere_NamesTheVariable()
    {
        var missing = Path.Combine(_emptyFolder, "pulumi");
        var environment = new Dictionary<string, string?> { ["BLUEGREEN_PULUMI"] = missing };

        var failure = Assert.Throws<StackFailureException>(() => PulumiExecutable.Locate(name => environment.GetValueOrDefault(name)));

        Assert.Equal($"BLUEGREEN_PULUMI is set to '{missing}', but no file is there. Fix the path or unset it to search PATH.", failure.Message);
    }
}
