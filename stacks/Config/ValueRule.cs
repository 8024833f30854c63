using System.Globalization;
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

/// <summary>A list of AWS resource ids, each keeping <see cref="Item"/>, with at least <see cref="MinimumCount"/> entries.</summary>
public sealed record TextList(int MinimumCount, AwsResourceId Item) : ValueRule
{
    public override string? Problem(ConfigValue value) => value switch
    {
        TextListValue list when list.Values.Count >= MinimumCount && list.Values.All(Item.Matches) => null,
        _ => $"a list of at least {MinimumCount} {Item.Prefix} ids such as \"{Item.Prefix}-0123456789abcdef0\" ({Item.Prefix}- and 17 or 8 hex digits)",
    };
}
