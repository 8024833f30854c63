using Bluegreen.Components;
using Bluegreen.Migrations.Model;

namespace Bluegreen.Migrations.Rules;

/// <summary>A color with instances running: the active one, or the idle one kept for rollback. A stopped color is left out.</summary>
public sealed record RunningColor(DeploymentColor Color, AppVersion Version, ColorRole Role)
{
    /// <summary>E.g. "blue (idle, kept for rollback) runs 1.0.0".</summary>
    public string Describe() =>
        $"{Color.Name()} ({(Role == ColorRole.Active ? "active" : "idle, kept for rollback")}) runs {Version.Tag}";
}
