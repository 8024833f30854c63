using System.Globalization;

namespace Bluegreen.Release.Strategy;

/// <summary>
/// Reads <c>--strategy</c> and <c>--bake</c>: <c>all-at-once</c> (the default), <c>canary</c> (10% then 100%) or
/// <c>canary:5,25,100</c>, <c>linear</c> (25% steps) or <c>linear:20%</c>; a bake such as <c>30s</c>, <c>10m</c>,
/// <c>1h</c>. Collects every error, each naming the input and how to fix it.
/// </summary>
public static class ReleaseStrategyParser
{
    /// <summary>The bake when <c>--bake</c> is left out: CodeDeploy's Canary10Percent5Minutes watches each step this long.</summary>
    public static readonly TimeSpan DefaultBake = TimeSpan.FromMinutes(5);

    public static readonly IReadOnlyList<int> DefaultCanarySteps = [10, 100];

    public const int DefaultLinearStep = 25;

    private const string Forms = "use all-at-once, canary (or canary:<percent>,…,100, e.g. canary:10,100) or linear (or linear:<percent>%, e.g. linear:25%)";

    public static Parsed<ReleaseStrategy> Parse(string? strategy, string? bake)
    {
        var errors = new List<string>();
        var bakeTime = ParseBake(bake, errors);
        var text = string.IsNullOrWhiteSpace(strategy) ? "all-at-once" : strategy.Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? text : text[..colon];
        var argument = colon < 0 ? null : text[(colon + 1)..];
        (ReleaseStrategyKind Kind, IReadOnlyList<int> Steps)? parsed = name switch
        {
            "all-at-once" when argument is null => (ReleaseStrategyKind.AllAtOnce, [100]),
            "all-at-once" => Error(errors, $"--strategy all-at-once takes no steps, but got '{text}'; use all-at-once alone."),
            "canary" => Canary(argument, errors),
            "linear" => Linear(argument, errors),
            _ => Error(errors, $"--strategy '{text}' is not a strategy; {Forms}."),
        };

        return parsed is { } valid && errors.Count == 0
            ? new Parsed<ReleaseStrategy>(new ReleaseStrategy(valid.Kind, valid.Steps, bakeTime))
            : new Parsed<ReleaseStrategy>(errors);
    }

    private static TimeSpan ParseBake(string? bake, List<string> errors)
    {
        if (bake is null)
        {
            return DefaultBake;
        }

        var duration = DurationText.Parse(bake);
        if (duration is null || duration <= TimeSpan.Zero)
        {
            errors.Add($"--bake '{bake}' is not a positive duration; give one such as 30s, 10m or 1h.");
            return TimeSpan.Zero;
        }

        return duration.Value;
    }

    private static (ReleaseStrategyKind, IReadOnlyList<int>)? Canary(string? argument, List<string> errors)
    {
        if (argument is null)
        {
            return (ReleaseStrategyKind.Canary, DefaultCanarySteps);
        }

        var steps = new List<int>();
        foreach (var part in argument.Split(','))
        {
            if (!int.TryParse(part.Trim().TrimEnd('%'), NumberStyles.None, CultureInfo.InvariantCulture, out var step) || step is < 1 or > 100)
            {
                return Error(errors, $"--strategy canary:{argument}: '{part}' is not a percentage from 1 to 100; write the steps like canary:10,50,100.");
            }

            steps.Add(step);
        }

        var before = errors.Count;
        if (steps.Zip(steps.Skip(1)).Any(pair => pair.Second <= pair.First))
        {
            errors.Add($"--strategy canary:{argument}: the steps must rise; write them in order, each larger than the one before, e.g. canary:10,50,100.");
        }

        if (steps[^1] != 100)
        {
            errors.Add($"--strategy canary:{argument}: the last step must be 100 so that the release ends with all traffic; add 100, e.g. canary:{argument},100.");
        }
        else if (steps.Count == 1)
        {
            errors.Add($"--strategy canary:{argument}: a single step of 100% is the switch itself; use all-at-once, or add a smaller first step, e.g. canary:10,100.");
        }

        return errors.Count == before ? (ReleaseStrategyKind.Canary, steps) : null;
    }

    private static (ReleaseStrategyKind, IReadOnlyList<int>)? Linear(string? argument, List<string> errors)
    {
        var step = DefaultLinearStep;
        if (argument is not null
            && (!int.TryParse(argument.Trim().TrimEnd('%'), NumberStyles.None, CultureInfo.InvariantCulture, out step) || step is < 1 or > 99))
        {
            return Error(errors, $"--strategy linear:{argument}: the step must be a percentage from 1 to 99, e.g. linear:25%; for a single step use all-at-once.");
        }

        var steps = Enumerable.Range(1, (100 + step - 1) / step).Select(i => Math.Min(100, i * step)).ToList();
        return (ReleaseStrategyKind.Linear, steps);
    }

    private static (ReleaseStrategyKind, IReadOnlyList<int>)? Error(List<string> errors, string message)
    {
        errors.Add(message);
        return null;
    }
}
