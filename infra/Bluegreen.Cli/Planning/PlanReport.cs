using Bluegreen.Stacks.Settings;

namespace Bluegreen.Cli.Planning;

/// <summary>What each color of a stack will run, as <c>bluegreen plan</c> prints it (and serialises with --json).</summary>
/// <param name="ImageRegistry">Registry host every image comes from; null on the local engine.</param>
/// <param name="Placeholders">Settings of the right shape that name nothing real yet; replace them before <c>pulumi up</c>.</param>
internal sealed record PlanReport(
    string Stack,
    string Engine,
    string? Region,
    string? ImageRegistry,
    string ActiveColor,
    string IdleColor,
    IReadOnlyList<ColorPlan> Colors,
    IReadOnlyList<Placeholder> Placeholders);

/// <param name="Role">"active" or "idle".</param>
/// <param name="Listener">Which listener forwards to this color without an X-Color header: "production" or "test".</param>
/// <param name="ReplicaInstanceClass">The RDS class of the color's read replica; "local" for the local engine.</param>
internal sealed record ColorPlan(
    string Color,
    string Role,
    string Listener,
    int ListenerPort,
    string ImageTag,
    string ReplicaInstanceClass,
    IReadOnlyList<ServicePlan> Services);

/// <param name="Listener">"production" or "test" for web services; null for workers.</param>
/// <param name="RunsJobs">For workers: whether they run background jobs (only in the active color); null for web services.</param>
/// <param name="Cpu">Fargate CPU units; null on the local engine, which does not limit them.</param>
internal sealed record ServicePlan(
    string Name,
    string Kind,
    string Image,
    int DesiredCount,
    int? Cpu,
    int? MemoryMiB,
    IReadOnlyList<string> Paths,
    string? Listener,
    bool? RunsJobs);
