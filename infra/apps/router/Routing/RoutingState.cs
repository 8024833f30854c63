using Bluegreen.Local.Contracts.Routing;
using Bluegreen.Router.State;

namespace Bluegreen.Router.Routing;

/// <summary>
/// Owns the served color. The hot path only reads <see cref="Current"/>; changes are serialized, persisted before
/// they take effect, and published as a whole new <see cref="RoutingTable"/>.
/// </summary>
internal sealed class RoutingState(RoutingTable initial, RouterStateDirectory files, TimeProvider time)
{
    private readonly Lock _gate = new();
    private volatile RoutingTable _current = initial;

    public RoutingTable Current => _current;

    public DateTimeOffset? SwitchedAt { get; private set; }

    /// <summary>Serves <paramref name="to"/> on the production listener and the other color on the test listener, dropping overrides.</summary>
    public SwitchOutcome Switch(string to, string? expectedFrom)
    {
        lock (_gate)
        {
            var current = _current;
            if (expectedFrom is not null && expectedFrom != current.ServedColor)
            {
                return new SwitchOutcome(
                    null,
                    $"Expected {expectedFrom} to be served, but {current.ServedColor} is; nothing was changed. Read the status and retry.");
            }

            var changed = to != current.ServedColor || !current.Overrides.IsEmpty;
            var now = time.GetUtcNow();
            if (changed)
            {
                files.SaveListenerOverrides(ListenerOverrides.None);
                files.SaveServedColor(to);
                _current = new RoutingTable(to, ListenerOverrides.None);
                SwitchedAt = now;
            }

            return new SwitchOutcome(
                new SwitchResult { From = current.ServedColor, To = to, Changed = changed, SwitchedAt = now },
                null);
        }
    }

    /// <summary>Points one listener at a color explicitly (an operator override), or back at the served color when null.</summary>
    public RoutingTable Override(ListenerKind listener, string? color)
    {
        lock (_gate)
        {
            var current = _current;
            var overrides = listener == ListenerKind.Production
                ? current.Overrides with { Production = color }
                : current.Overrides with { Test = color };
            files.SaveListenerOverrides(overrides);
            _current = new RoutingTable(current.ServedColor, overrides);
            return _current;
        }
    }
}
