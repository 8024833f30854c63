namespace Bluegreen.Local.Contracts.Agent;

/// <summary>The body of <c>PUT /processes</c>: every process that should run. It replaces the previous set whole.</summary>
internal sealed record DesiredProcessSet
{
    public IReadOnlyList<ProcessSpec> Processes { get; init; } = [];
}
