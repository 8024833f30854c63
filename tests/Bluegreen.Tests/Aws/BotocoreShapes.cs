using System.Text.Json;

namespace Bluegreen.Tests.Aws;

/// <summary>
/// Checks JSON against the slices of botocore's service models kept in Aws/Models: every member is one the shape
/// declares, with a value of the declared type and, for enums, one of the declared values.
/// </summary>
internal static class BotocoreShapes
{
    public static IReadOnlyList<string> Problems(string service, string shape, JsonElement value)
    {
        var model = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Aws", "Models", $"{service}.shapes.json")));
        var shapes = model.RootElement.GetProperty("shapes");
        var problems = new List<string>();
        Check(shapes, shape, value, "$", problems);
        return problems;
    }

    private static void Check(JsonElement shapes, string shapeName, JsonElement value, string path, List<string> problems)
    {
        var shape = shapes.GetProperty(shapeName);
        var type = shape.GetProperty("type").GetString();
        var kind = value.ValueKind;
        switch (type)
        {
            case "structure" when kind == JsonValueKind.Object:
                var members = shape.GetProperty("members");
                foreach (var member in value.EnumerateObject())
                {
                    if (members.TryGetProperty(member.Name, out var memberShape))
                    {
                        Check(shapes, memberShape.GetString()!, member.Value, $"{path}.{member.Name}", problems);
                    }
                    else
                    {
                        problems.Add($"{path}.{member.Name}: {shapeName} has no such member");
                    }
                }

                break;
            case "list" when kind == JsonValueKind.Array:
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(shapes, shape.GetProperty("member").GetString()!, item, $"{path}[{i++}]", problems);
                }

                break;
            case "map" when kind == JsonValueKind.Object:
            case "string" or "blob" when kind == JsonValueKind.String:
            case "boolean" when kind is JsonValueKind.True or JsonValueKind.False:
            case "double" or "float" when kind == JsonValueKind.Number:
            case "integer" or "long" when kind == JsonValueKind.Number && value.TryGetInt64(out _):
            case "timestamp" when kind is JsonValueKind.String or JsonValueKind.Number:
                if (type == "string" && shape.TryGetProperty("enum", out var allowed)
                    && allowed.EnumerateArray().All(option => option.GetString() != value.GetString()))
                {
                    problems.Add($"{path}: '{value.GetString()}' is not one of {shapeName}'s values");
                }

                break;
            default:
                problems.Add($"{path}: a {kind} where {shapeName} is a {type}");
                break;
        }
    }
}
