using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bluegreen.SampleApp;

internal sealed record IdentityResponse(string Service, string Color, string Version, string Instance);

internal sealed record HealthResponse(string Status, string? Error = null);

internal sealed record OrderCreated(long Id, string Color);

internal sealed record OrderCount(long Count, string Source);

internal sealed record ErrorResponse(string Error);

internal sealed record AccountCreated(long Id, string Column);

internal sealed record VerifiedAccounts(long Verified, long Total, string Column);

/// <param name="JobsRun">Job slots this worker ran.</param>
/// <param name="JobsSkipped">Slots it left alone because another worker held the job's lock or had already run the slot.</param>
internal sealed record WorkerStatus(string Color, string Version, string Instance, bool Active, long JobsRun, long JobsSkipped, string? ActiveColor, string? LastError);

/// <summary>Source-generated serializers: no reflection on the hot path and a faster first request.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IdentityResponse))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(OrderCreated))]
[JsonSerializable(typeof(OrderCount))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(AccountCreated))]
[JsonSerializable(typeof(VerifiedAccounts))]
[JsonSerializable(typeof(WorkerStatus))]
internal sealed partial class SampleJson : JsonSerializerContext;
