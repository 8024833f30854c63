namespace Bluegreen.Local.Contracts.Routing;

/// <summary>The two colors as they appear in the router's files, JSON and the <c>X-Color</c> header.</summary>
public static class RouterColors
{
    public const string Blue = "blue";
    public const string Green = "green";

    /// <summary>For error messages.</summary>
    public const string AllowedValues = "\"blue\" or \"green\"";

    public static IReadOnlyList<string> All { get; } = [Blue, Green];

    public static bool IsKnown(string? color) => color is Blue or Green;

    public static string Other(string color) => color == Blue ? Green : Blue;
}

/// <summary>The router's two traffic listeners.</summary>
public static class RouterListeners
{
    public const string Production = "production";
    public const string Test = "test";

    public const string AllowedValues = "\"production\" or \"test\"";

    public static IReadOnlyList<string> All { get; } = [Production, Test];

    public static bool IsKnown(string? listener) => listener is Production or Test;

    /// <summary>Request header that sends a request straight to one color on either listener.</summary>
    public const string ColorHeader = "X-Color";
}
