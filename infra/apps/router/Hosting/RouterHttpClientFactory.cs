using Yarp.ReverseProxy.Forwarder;

namespace Bluegreen.Router.Hosting;

/// <summary>YARP's client factory with a short connect timeout: a dead loopback instance must fail fast, not hang.</summary>
internal sealed class RouterHttpClientFactory(ILogger<ForwarderHttpClientFactory> logger) : ForwarderHttpClientFactory(logger)
{
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(1);

    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.ConnectTimeout = ConnectTimeout;
    }
}
