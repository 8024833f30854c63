using System.Diagnostics;
using System.Net;
using Bluegreen.Engines.Local.Artifacts;

namespace Bluegreen.IntegrationTests.Processes;

[Collection(ProcessesCollection.Name)]
public sealed class SampleAppTests(PublishedApps apps) : AgentTestBase(apps)
{
    [Fact]
    public async Task WebWithoutDatabase_IsLiveAndReady_AndDatabaseEndpointsAnswer503WithTheFix()
    {
        var web = Agent.Web("web-green-1", "green", "3.0.0", OsProcesses.FreePort());
        await Agent.ApplyAsync(web);
        await Agent.WaitUntilHealthyAsync(web);
        var port = web.Port!.Value;

        using var ready = await SampleHttp.GetAsync(port, "/health/ready");
        using var order = await SampleHttp.PostAsync(port, "/orders");
        using var count = await SampleHttp.GetAsync(port, "/orders/count");

        Assert.Equal((HttpStatusCode.OK, "{\"status\":\"ready\"}"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
        const string NoDatabase = "{\"error\":\"No database is configured: set BLUEGREEN_PRIMARY_CONNECTION (writes) and BLUEGREEN_REPLICA_CONNECTION (reads).\"}";
        Assert.Equal((HttpStatusCode.ServiceUnavailable, NoDatabase), (order.StatusCode, await order.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.ServiceUnavailable, NoDatabase), (count.StatusCode, await count.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task BadRoleAndColor_ExitsWithCode2AndSaysWhatToSet()
    {
        var start = new ProcessStartInfo(DotnetHost.Path) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Apps.SampleDll);
        start.ArgumentList.Add("--role");
        start.ArgumentList.Add("cron");
        start.Environment["BLUEGREEN_COLOR"] = "purple";
        using var process = Process.Start(start)!;

        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Equal(
            "error: --role is \"cron\"; use \"web\" or \"worker\".\nerror: BLUEGREEN_COLOR is \"purple\"; set it to \"blue\" or \"green\".\n",
            errors);
    }
}
