namespace Bluegreen.Engines;

/// <summary>One resource an operation changed or plans to change. Equal when every member and every field name match.</summary>
/// <param name="Operation">Engine verb for the change: create, update, replace, delete.</param>
/// <param name="Fields">Properties that change, sorted; empty when the engine did not say.</param>
internal sealed record ResourceChange(
    ResourceOwner Color,
    string Resource,
    string ResourceType,
    string Operation,
    IReadOnlyList<string> Fields,
    bool ChangesTraffic)
{
    public bool Equals(ResourceChange? other) =>
        other is not null
        && (Color, Resource, ResourceType, Operation, ChangesTraffic) == (other.Color, other.Resource, other.ResourceType, other.Operation, other.ChangesTraffic)
        && Fields.SequenceEqual(other.Fields);

    public override int GetHashCode() => HashCode.Combine(Color, Resource, ResourceType, Operation, ChangesTraffic, Fields.Count);
}
