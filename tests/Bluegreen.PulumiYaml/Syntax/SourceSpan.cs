namespace Bluegreen.PulumiYaml.Syntax;

/// <summary>Where a YAML node sits in its file, and its source text (what the host shows in a diagnostic).</summary>
public sealed record SourceSpan(string File, int Line, int Column, string Text)
{
    public static SourceSpan None { get; } = new("<memory>", 0, 0, "");

    public override string ToString() => $"{File}:{Line}:{Column}";
}
