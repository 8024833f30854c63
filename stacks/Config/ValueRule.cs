using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Bluegreen.Stacks.Config;

/// <summary>A constraint on one setting's value beyond its type.</summary>
public abstract record ValueRule
{
    /// <summary>What is wrong with <paramref name="value"/>, phrased to follow "must be …"; null when it is fine.</summary>
    public abstract string? Problem(ConfigValue value);
}

/// <summary>One of a fixed set of texts.</summary>
public sealed record OneOfTexts(IReadOnlyList<string> Allowed) : ValueRule
{
    public override string? Problem(ConfigValue value) =>
        value is TextValue text && Allowed.Contains(text.Value) ? null : $"one of {Quoted(Allowed)}";

    private static string Quoted(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"\"{v}\""));
}

/// <summary>A whole number from <see cref="Minimum"/> to <see cref="Maximum"/>, both included.</summary>
public sealed record IntegerRange(int Minimum, int Maximum) : ValueRule
{
    public override string? Problem(ConfigValue value) =>
        value is IntegerValue number && number.Value >= Minimum && number.Value <= Maximum ? null : $"between {Minimum} and {Maximum}";
}

/// <summary>One of a fixed set of numbers, e.g. Fargate CPU units.</summary>
public sealed record OneOfIntegers(IReadOnlyList<int> Allowed) : ValueRule
{
    public override string? Problem(ConfigValue value) =>
        value is IntegerValue number && Allowed.Contains(number.Value)
            ? null
            : $"one of {string.Join(", ", Allowed.Select(a => a.ToString(CultureInfo.InvariantCulture)))}";
}

/// <summary>A text matching a pattern, described in words for the message.</summary>
public sealed record TextPattern(Regex Pattern, string Description) : ValueRule
{
    public override string? Problem(ConfigValue value) =>
        value is TextValue text && Pattern.IsMatch(text.Value) ? null : Description;
}

/// <summary>An image tag that keeps <see cref="ImageTagRule"/>.</summary>
public sealed record ImageTagShape : ValueRule
{
    public override string? Problem(ConfigValue value) =>
        value is TextValue text ? ImageTagRule.Problem(text.Value) is { } problem ? $"an image tag: {problem}" : null : "an image tag";
}

/// <summary>The ARN of an ACM certificate: arn:aws:acm:&lt;region&gt;:&lt;12-digit account&gt;:certificate/&lt;uuid&gt;.</summary>
public sealed partial record AcmCertificateArn : ValueRule
{
    public override string? Problem(ConfigValue value) => value is TextValue text && Pattern().IsMatch(text.Value)
        ? null
        : "an ACM certificate ARN such as \"arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789\"";

    /// <summary>The region an ARN accepted by this rule names.</summary>
    public static string RegionOf(string arn) => arn.Split(':')[3];

    [GeneratedRegex("^arn:aws(-cn|-us-gov)?:acm:[a-z]{2}(-[a-z]+)+-[0-9]+:[0-9]{12}:certificate/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex Pattern();
}

/// <summary>An IPv4 block such as "10.0.0.0/16".</summary>
public sealed record Ipv4Cidr : ValueRule
{
    private const string Expected = "an IPv4 CIDR block such as \"203.0.113.0/24\"";

    public override string? Problem(ConfigValue value)
    {
        if (value is not TextValue text || text.Value.Split('/') is not [var address, var bits])
        {
            return Expected;
        }

        var valid = IPAddress.TryParse(address, out var ip)
            && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
            && address.Count(c => c == '.') == 3
            && int.TryParse(bits, NumberStyles.None, CultureInfo.InvariantCulture, out var prefix)
            && prefix is >= 0 and <= 32;
        return valid ? null : Expected;
    }
}

/// <summary>A list of texts, each matching a pattern, with at least <see cref="MinimumCount"/> entries.</summary>
public sealed record TextList(int MinimumCount, Regex ItemPattern, string ItemDescription) : ValueRule
{
    public override string? Problem(ConfigValue value) => value switch
    {
        TextListValue list when list.Values.Count < MinimumCount => $"a list of at least {MinimumCount} {ItemDescription}",
        TextListValue list when list.Values.All(ItemPattern.IsMatch) => null,
        _ => $"a list of {ItemDescription}",
    };
}
