namespace Bluegreen.PulumiYaml.Syntax;

/// <summary>
/// A program the tooling cannot parse or evaluate. <see cref="Path"/> names the failing node
/// (e.g. <c>variables.colorCheck</c>) and <see cref="Span"/> carries its source text.
/// </summary>
public sealed class PulumiYamlException : Exception
{
    public PulumiYamlException(string path, SourceSpan span, string reason)
        : base($"{path}: {reason} (at {span})")
    {
        Path = path;
        Span = span;
        Reason = reason;
    }

    public string Path { get; }

    public SourceSpan Span { get; }

    /// <summary>The message without path and location, worded like the Pulumi YAML host's diagnostic.</summary>
    public string Reason { get; }
}
