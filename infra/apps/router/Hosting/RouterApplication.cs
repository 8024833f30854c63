using System.Net;
using Bluegreen.Router.Admin;
using Bluegreen.Router.Logging;
using Bluegreen.Router.Metrics;
using Bluegreen.Router.Routing;
using Microsoft.AspNetCore.DataProtection;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Health;

namespace Bluegreen.Router.Hosting;

/// <summary>Builds the one Kestrel app behind the three loopback ports: two proxy listeners and the admin endpoint.</summary>
internal static class RouterApplication
{
    private const int MaxConnections = 4096;

    public static WebApplication Build(RouterStartup startup, FileLoggerProvider logs, TimeProvider time)
    {
        var snapshot = startup.Snapshot;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Bluegreen", LogLevel.Information);
        // Health changes are worth a line; every single probe (twice a second per instance) is not.
        builder.Logging.AddFilter("Yarp.ReverseProxy.Health", LogLevel.Information);
        builder.Logging.AddFilter("Yarp.ReverseProxy.Health.ActiveHealthCheckMonitor", LogLevel.Error);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxConcurrentConnections = MaxConnections;
            kestrel.Listen(IPAddress.Loopback, snapshot.ProductionPort);
            kestrel.Listen(IPAddress.Loopback, snapshot.TestPort);
            kestrel.Listen(IPAddress.Loopback, snapshot.AdminPort);
        });
        var (routes, clusters) = ProxyConfigBuilder.Build(snapshot);
        builder.Services.AddReverseProxy().LoadFromMemory(routes, clusters);
        builder.Services.Configure<TransportFailureRateHealthPolicyOptions>(o => o.DetectionWindowSize = ProxyConfigBuilder.PassiveDetectionWindow);
        builder.Services.AddSingleton<IForwarderHttpClientFactory, RouterHttpClientFactory>();
        // YARP registers data protection for cookie session affinity, which the router does not use; without this
        // it would create and store a key ring under the user's home folder.
        builder.Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());

        var app = builder.Build();
        var proxyState = app.Services.GetRequiredService<IProxyStateLookup>();
        var routing = new RoutingState(startup.Routing, startup.Files, time);
        var topology = new TopologyState(snapshot, app.Services.GetRequiredService<InMemoryConfigProvider>(), startup.Files);
        var metrics = new TrafficMetrics();
        var admin = new AdminEndpoints(
            new BearerToken(startup.AdminToken),
            routing,
            topology,
            new StatusReport(routing, topology, metrics, proxyState, time.GetUtcNow()),
            app.Services.GetRequiredService<ILogger<AdminEndpoints>>());
        var colorRouting = new ColorRoutingMiddleware(routing, metrics, proxyState, snapshot.ProductionPort);

        var adminPort = snapshot.AdminPort;
        app.MapWhen(context => context.Connection.LocalPort == adminPort, branch => branch.Run(admin.HandleAsync));
        app.UseRouting();
        app.MapReverseProxy(pipeline =>
        {
            pipeline.Use(colorRouting.InvokeAsync);
            pipeline.UseLoadBalancing();
            pipeline.UsePassiveHealthChecks();
        });
        return app;
    }
}
