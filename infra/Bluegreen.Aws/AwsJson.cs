using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bluegreen.Aws;

/// <summary>
/// Reading what <c>--output json</c> prints. The CLI's JSONFormatter (awscli/formatter.py) dumps the operation's
/// output shape with member names exactly as in botocore's service model, so matching is case-sensitive: elbv2 and
/// cloudwatch members are PascalCase, ecs members camelCase.
/// </summary>
internal static class AwsJson
{
    public static readonly JsonSerializerOptions PascalCase = Create(namingPolicy: null);

    public static readonly JsonSerializerOptions CamelCase = Create(JsonNamingPolicy.CamelCase);

    /// <summary>Writes request members (e.g. <c>--metric-data-queries</c>) under the model's names.</summary>
    public static readonly JsonSerializerOptions PascalCaseRequest = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static readonly JsonSerializerOptions CamelCaseRequest = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static JsonSerializerOptions Create(JsonNamingPolicy? namingPolicy) => new()
    {
        PropertyNamingPolicy = namingPolicy,
        PropertyNameCaseInsensitive = false,
        Converters = { new AwsTimestampConverter() },
    };

    /// <summary>
    /// Timestamps: CLI v2 prints ISO 8601 text; CLI v1 (cli_timestamp_format "none", see add_timestamp_parser in
    /// awscli/customizations/scalarparse.py) prints the wire value, which is epoch seconds for JSON protocols.
    /// </summary>
    private sealed class AwsTimestampConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number
                ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(reader.GetDouble() * 1000))
                : DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
    }
}
