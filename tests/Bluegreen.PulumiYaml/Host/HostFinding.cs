namespace Bluegreen.PulumiYaml.Host;

/// <summary>
/// Something the real Pulumi CLI or YAML host would reject, warn about, or silently ignore in a project.
/// <see cref="Source"/> names the host function whose behaviour the rule models, e.g.
/// <c>pulumi-yaml ast/template.go parseRecord</c>.
/// </summary>
public sealed record HostFinding(string File, string Path, string Message, string Source)
{
    public override string ToString() => $"{System.IO.Path.GetFileName(File)}: {Path}: {Message} [{Source}]";
}
