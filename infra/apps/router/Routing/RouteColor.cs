using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Router.Routing;

/// <summary>A color as the hot path uses it: an index instead of a string.</summary>
internal enum RouteColor
{
    Blue = 0,
    Green = 1,
}

internal static class RouteColors
{
    public static RouteColor Parse(string color) => color == RouterColors.Blue ? RouteColor.Blue : RouteColor.Green;

    public static string Name(this RouteColor color) => color == RouteColor.Blue ? RouterColors.Blue : RouterColors.Green;

    /// <summary>Reads the <c>X-Color</c> header value as an ALB header condition would: case-insensitive, exact.</summary>
    public static bool TryParseHeader(string? value, out RouteColor color)
    {
        if (string.Equals(value, RouterColors.Blue, StringComparison.OrdinalIgnoreCase))
        {
            color = RouteColor.Blue;
            return true;
        }

        color = RouteColor.Green;
        return string.Equals(value, RouterColors.Green, StringComparison.OrdinalIgnoreCase);
    }
}
