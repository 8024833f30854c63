using System.Text.Json;

namespace Bluegreen.Local.Contracts.Routing;

/// <summary>Reads and writes <see cref="RouterSnapshot"/> JSON, the same way on both sides of the admin endpoint.</summary>
public static class RouterSnapshotJson
{
    public static string Serialize(RouterSnapshot snapshot) =>
        JsonSerializer.Serialize(snapshot, RoutingJsonContext.Default.RouterSnapshot) + "\n";

    /// <summary>Parses and validates.</summary>
    /// <returns>The snapshot, or null with every problem in <paramref name="errors"/>.</returns>
    public static RouterSnapshot? Parse(string json, out IReadOnlyList<string> errors)
    {
        RouterSnapshot? snapshot;
        try
        {
            snapshot = JsonSerializer.Deserialize(json, RoutingJsonContext.Default.RouterSnapshot);
        }
        catch (JsonException failure)
        {
            errors = [failure.Message];
            return null;
        }

        if (snapshot is null)
        {
            errors = ["the document is JSON null; expected an object with productionPort, testPort, adminPort, defaultColor and services."];
            return null;
        }

        errors = RouterSnapshotValidator.Validate(snapshot);
        return errors.Count == 0 ? snapshot : null;
    }
}
