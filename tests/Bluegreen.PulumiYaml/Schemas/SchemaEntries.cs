using System.Text.Json;

namespace Bluegreen.PulumiYaml.Schemas;

/// <summary>A resource: what may appear under <c>properties:</c>, what must, and what <c>${res.prop}</c> may read.</summary>
public sealed record ResourceSchema(
    string Token,
    IReadOnlyDictionary<string, PropertySpec> Inputs,
    IReadOnlySet<string> RequiredInputs,
    IReadOnlyDictionary<string, PropertySpec> Outputs);

/// <summary>A provider function: <c>fn::invoke</c> arguments and the fields a <c>return:</c> may pick.</summary>
public sealed record FunctionSchema(
    string Token,
    IReadOnlyDictionary<string, PropertySpec> Inputs,
    IReadOnlySet<string> RequiredInputs,
    IReadOnlyDictionary<string, PropertySpec> Outputs);

/// <summary>What a <c>$ref</c> points at.</summary>
public abstract record RefTarget;

/// <summary><c>pulumi.json#/Any</c> or <c>#/Json</c>: any value.</summary>
public sealed record AnyTarget : RefTarget;

/// <summary><c>pulumi.json#/Asset</c> or <c>#/Archive</c>.</summary>
public sealed record AssetTarget : RefTarget;

public sealed record ObjectTypeTarget(
    string Token,
    IReadOnlyDictionary<string, PropertySpec> Properties,
    IReadOnlySet<string> Required) : RefTarget;

public sealed record EnumTypeTarget(string Token, string ValueType, IReadOnlyList<JsonElement> Values) : RefTarget;

/// <summary>A resource (or provider) token: in YAML the value is a string such as a name or ARN.</summary>
public sealed record ResourceReferenceTarget(string Token) : RefTarget;
