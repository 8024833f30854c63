using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bluegreen.Local.Contracts.Agent;

/// <summary>The one JSON shape of the agent's API and files: camelCase members, kebab-case enum values.</summary>
internal static class AgentJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // "arguments": null and the like are refused instead of becoming nulls that fail later.
        RespectNullableAnnotations = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
