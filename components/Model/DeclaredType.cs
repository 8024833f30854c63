namespace Bluegreen.Components.Model;

/// <summary>The value types Pulumi YAML config and component inputs share (component inputs cannot be objects).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "These are the names of Pulumi's value types.")]
public enum DeclaredType
{
    String,
    Integer,
    Boolean,
    Array,
}

public static class DeclaredTypes
{
    /// <summary>The lower-case name written under <c>type:</c>.</summary>
    public static string YamlName(this DeclaredType type) => type switch
    {
        DeclaredType.String => "string",
        DeclaredType.Integer => "integer",
        DeclaredType.Boolean => "boolean",
        DeclaredType.Array => "array",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
