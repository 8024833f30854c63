using System.Net;
using System.Text;

namespace Bluegreen.LoadGen.Backend;

/// <summary>A minimal app instance for benchmarks and tests: says which color and instance answered.</summary>
internal static class BackendServer
{
    public const string ColorHeader = "X-Served-Color";
    public const string InstanceHeader = "X-Served-Instance";

    public static async Task RunAsync(BackendOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Loopback, options.Port);
        });
        var app = builder.Build();
        var body = Encoding.UTF8.GetBytes($"{options.Color} {options.Instance}\n");
        var healthy = "ok\n"u8.ToArray();
        app.Run(context =>
        {
            var response = context.Response;
            response.Headers[ColorHeader] = options.Color;
            response.Headers[InstanceHeader] = options.Instance;
            response.ContentType = "text/plain";
            var payload = context.Request.Path == "/health" ? healthy : body;
            response.ContentLength = payload.Length;
            return response.Body.WriteAsync(payload).AsTask();
        });
        await app.RunAsync();
    }
}
