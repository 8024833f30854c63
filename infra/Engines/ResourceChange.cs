namespace Bluegreen.Infra.Engines;

/// <summary>One resource an operation changed or plans to change.</summary>
/// <param name="Operation">Engine verb for the change: create, update, replace, delete.</param>
/// <param name="Fields">Properties that change, sorted; empty when the engine did not say.</param>
internal sealed record ResourceChange(
    ResourceOwner Color,
    string Resource,
    string ResourceType,
    string Operation,
    IReadOnlyList<string> Fields,
    bool ChangesTraffic);
