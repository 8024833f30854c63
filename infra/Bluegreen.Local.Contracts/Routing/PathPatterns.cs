namespace Bluegreen.Local.Contracts.Routing;

/// <summary>Turns the ALB-style path patterns of a listener rule into YARP route templates.</summary>
public static class PathPatterns
{
    private const string CatchAll = "{**catch-all}";

    /// <summary>"/*" gives "/{**catch-all}", "/api/*" gives "/api/{**catch-all}", an exact path stays as it is.</summary>
    /// <returns>False, with a reason, for a pattern the router cannot express.</returns>
    public static bool TryToRouteTemplate(string pattern, out string template, out string reason)
    {
        template = "";
        if (!pattern.StartsWith('/'))
        {
            reason = "must start with \"/\"";
            return false;
        }

        var prefix = pattern.EndsWith("/*", StringComparison.Ordinal) ? pattern[..^1] : pattern;
        if (prefix.AsSpan().IndexOfAny("*?{}") >= 0)
        {
            reason = "may use \"*\" only as a whole last segment (\"/api/*\") and no \"?\", \"{\" or \"}\"";
            return false;
        }

        if (prefix.Contains("//", StringComparison.Ordinal))
        {
            reason = "must not contain an empty segment (\"//\")";
            return false;
        }

        template = prefix.Length == pattern.Length ? pattern : prefix + CatchAll;
        reason = "";
        return true;
    }
}
