using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.LoadGen.Backend;

internal sealed record BackendOptions(int Port, string Color, string Instance)
{
    public static BackendOptions From(CommandLine options)
    {
        var port = (int)options.Number("port", 0);
        var color = options.Text("color");
        if (port is < 1 or > 65535)
        {
            throw new UsageException("--port must be 1 to 65535");
        }

        return RouterColors.IsKnown(color)
            ? new BackendOptions(port, color, options.Text("instance"))
            : throw new UsageException($"--color must be {RouterColors.AllowedValues}");
    }
}
