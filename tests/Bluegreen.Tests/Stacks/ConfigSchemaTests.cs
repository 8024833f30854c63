using Bluegreen.Components;
using Bluegreen.Stacks.Config;
using Bluegreen.Tests.Components;

namespace Bluegreen.Tests.Stacks;

public class ConfigSchemaTests
{
    [Fact]
    public void EveryServiceGetsItsSizeKeys()
    {
        var schema = ConfigSchema.For(TestApps.ApiAndSite);

        foreach (var service in new[] { "api", "site", "jobs" })
        {
            Assert.Equal(EngineScope.Both, schema.Find($"bluegreen:{service}DesiredCount")!.Engine);
            Assert.Equal(EngineScope.Aws, schema.Find($"bluegreen:{service}Cpu")!.Engine);
            Assert.Equal(EngineScope.Aws, schema.Find($"bluegreen:{service}Memory")!.Engine);
            Assert.Equal(EngineScope.Local, schema.Find($"bluegreen:{service}LocalCommand")!.Engine);
        }
    }

    [Fact]
    public void NetworkKeys_ExistOnlyWhenTheStackBringsItsVpc()
    {
        Assert.True(ConfigSchema.For(TestApps.Sample).Find("bluegreen:vpcId")!.Required);
        Assert.Null(ConfigSchema.For(TestApps.Sample with { Network = NetworkMode.CreateMinimal }).Find("bluegreen:vpcId"));
    }

    [Fact]
    public void KeysOfOtherNamespaces_AreNotProjectKeys()
    {
        var region = ConfigSchema.For(TestApps.Sample).Find("aws:region")!;

        Assert.False(region.IsProjectKey);
        Assert.False(region.IsDeclaredInProgram);
        Assert.Equal("aws:region", region.QualifiedName);
    }

    [Theory]
    [InlineData(256, new[] { 512, 1024, 2048 })]
    [InlineData(512, new[] { 1024, 2048, 3072, 4096 })]
    [InlineData(1000, new int[0])]
    public void FargateMemory_DependsOnCpu(int cpu, int[] memory)
    {
        Assert.Equal(memory, FargateSizes.MemoryFor(cpu));
    }
}
