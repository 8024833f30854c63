using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bluegreen.Local.Contracts.Routing;

/// <summary>Source-generated JSON for every router file and admin message: camelCase, nulls left out.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(RouterSnapshot))]
[JsonSerializable(typeof(SwitchRequest))]
[JsonSerializable(typeof(SwitchResult))]
[JsonSerializable(typeof(ListenerOverrideRequest))]
[JsonSerializable(typeof(ListenerOverrides))]
[JsonSerializable(typeof(SnapshotResult))]
[JsonSerializable(typeof(AdminError))]
[JsonSerializable(typeof(RouterStatus))]
public sealed partial class RoutingJsonContext : JsonSerializerContext;
