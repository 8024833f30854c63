namespace Bluegreen.Release.Strategy;

/// <summary>How traffic moves to the new color.</summary>
public enum ReleaseStrategyKind
{
    /// <summary>One step: the switch.</summary>
    AllAtOnce,

    /// <summary>Named steps, e.g. 10% then 100%.</summary>
    Canary,

    /// <summary>Equal steps, e.g. 25% each, the last one reaching 100%.</summary>
    Linear,
}

/// <summary>A validated release strategy: the traffic share of the new color at each step and the bake after each.</summary>
/// <param name="Steps">Percentages of production traffic on the new color, strictly rising, ending at 100.</param>
/// <param name="Bake">How long each step is watched before the next one (and after the last, before promotion).</param>
public sealed record ReleaseStrategy(ReleaseStrategyKind Kind, IReadOnlyList<int> Steps, TimeSpan Bake)
{
    /// <summary>The strategy as <c>--strategy</c> reads it back: <c>all-at-once</c>, <c>canary:10,100</c>, <c>linear:25%</c>.</summary>
    public string Name => Kind switch
    {
        ReleaseStrategyKind.AllAtOnce => "all-at-once",
        ReleaseStrategyKind.Canary => "canary:" + string.Join(',', Steps),
        _ => $"linear:{Steps[0]}%",
    };

    public bool Equals(ReleaseStrategy? other) =>
        other is not null && Kind == other.Kind && Bake == other.Bake && Steps.SequenceEqual(other.Steps);

    public override int GetHashCode() => HashCode.Combine(Kind, Bake, Steps.Count, Steps.Count > 0 ? Steps[0] : 0);
}
