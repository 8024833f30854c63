using System.Runtime.Versioning;
using Bluegreen.Components;
using Bluegreen.Engines;
using Bluegreen.Engines.Local.Health;
using Xunit.Abstractions;

namespace Bluegreen.IntegrationTests.LocalEngine;

[SupportedOSPlatform("linux")]
[Collection(LocalStacksCollection.Name)]
public sealed class UpTests(LocalEngineApps apps, ITestOutputHelper output)
{
    [Fact]
    public async Task Up_FromNothing_BringsEveryPartUpHealthy_AndAgainChangesNothing()
    {
        await using var stack = LocalTestStack.Create(apps.RepositoryRoot);
        try
        {
            var first = await stack.Engine.UpAsync(CancellationToken.None);

            Assert.Equal(OperationResult.Succeeded, first.Result);
            var status = await stack.Engine.StatusAsync(CancellationToken.None);
            Assert.Equal(StackPhase.Healthy, status.Local().Phase);
            Assert.All(status.Local().Colors, color => Assert.All(color.Services, service => Assert.Equal(service.Desired, service.Healthy)));
            Assert.Equal(["production", "test"], status.Local().Colors.Select(color => color.Listener));
            Assert.All(status.Local().Colors, color => Assert.True(color.Replica.Streaming));
            using var production = await stack.GetProductionAsync();
            Assert.StartsWith("blue/1.0.0/web-blue-", LocalTestStack.ServedBy(production));
            using var test = await stack.GetTestAsync();
            Assert.StartsWith("green/1.0.0/web-green-", LocalTestStack.ServedBy(test));
            var pids = await stack.PidsAsync();

            var second = await stack.CreateEngine().UpAsync(CancellationToken.None);

            Assert.Equal(OperationResult.Unchanged, second.Result);
            Assert.Empty(second.Changes);
            Assert.Equal(pids, await stack.PidsAsync());
        }
        finally
        {
            stack.WriteTo(output);
        }
    }
}
