using System.Text.Json;
using System.Text.Json.Serialization;
using Bluegreen.Release.Strategy;

namespace Bluegreen.Release.Phases;

/// <summary>
/// The report as <c>release --json</c> prints it: camelCase members and enum values (as the CLI's other results),
/// durations as text such as <c>10s</c> or <c>5m</c>, absent values left out.
/// </summary>
public static class ReleaseReportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new DurationConverter() },
    };

    public static string Serialize(ReleaseReport report) => JsonSerializer.Serialize(report, Options);

    public static ReleaseReport? Deserialize(string json) => JsonSerializer.Deserialize<ReleaseReport>(json, Options);

    private sealed class DurationConverter : JsonConverter<TimeSpan>
    {
        public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DurationText.Parse(reader.GetString()) ?? throw new JsonException($"'{reader.GetString()}' is not a duration such as 10s or 5m.");

        public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
            writer.WriteStringValue(DurationText.Format(value));
    }
}
