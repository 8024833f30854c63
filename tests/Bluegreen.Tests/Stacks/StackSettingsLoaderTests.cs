using Bluegreen.Components;
using Bluegreen.Stacks.Apps;
using Bluegreen.Stacks.Settings;
using Bluegreen.Tests.Common;

namespace Bluegreen.Tests.Stacks;

public class StackSettingsLoaderTests
{
    private readonly StackSettingsLoader _loader = new(SampleApp.Definition);

    [Fact]
    public void TheCommittedStacks_AreValid_AndDifferInSizesNotShape()
    {
        var dev = _loader.LoadValid(RepositoryRoot.Path, "dev");
        var prod = _loader.LoadValid(RepositoryRoot.Path, "prod");
        var local = _loader.LoadValid(RepositoryRoot.Path, "local");

        Assert.Equal((1, 256, 512), (dev.Services["web"].DesiredCount, dev.Services["web"].Cpu, dev.Services["web"].MemoryMiB));
        Assert.Equal((3, 1024, 2048), (prod.Services["web"].DesiredCount, prod.Services["web"].Cpu, prod.Services["web"].MemoryMiB));
        Assert.Equal(dev.Services.Keys.Order(), prod.Services.Keys.Order());
        Assert.Equal("db.r6g.large", prod.Database.ReplicaInstanceClass);
        Assert.NotEqual(dev.Aws!.VpcId, prod.Aws!.VpcId);
        Assert.Equal(EngineKind.Local, local.Engine);
        Assert.Equal((18080, 18081, 18082, 55432, 18100, ".bluegreen/local"),
            (local.Local!.ProductionPort, local.Local.TestPort, local.Local.AdminPort, local.Local.PostgresPort, local.Local.InstanceBasePort, local.Local.StateDirectory));
    }

    [Fact]
    public void LoadAll_ReadsEveryStackFileInTheFolder()
    {
        Assert.Equal(["dev", "local", "prod"], _loader.LoadAll(RepositoryRoot.Path).Select(r => r.StackName));
    }

    [Fact]
    public void UnknownStack_ListsTheStacksThatExist()
    {
        var result = _loader.Load(RepositoryRoot.Path, "qa");

        Assert.False(result.StackExists);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"No stack \"qa\": there is no Pulumi.qa.yaml in {RepositoryRoot.Path}. Stacks here: dev, local, prod. Create it with: pulumi stack init qa", error.Message);
        Assert.Throws<StackSettingsException>(() => _loader.LoadValid(RepositoryRoot.Path, "qa"));
    }

    [Fact]
    public void StackNamesThatLeaveTheFolder_AreUnknown()
    {
        Assert.False(_loader.Load(RepositoryRoot.Path, "../dev").StackExists);
    }
}
