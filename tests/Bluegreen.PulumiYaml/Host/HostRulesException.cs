namespace Bluegreen.PulumiYaml.Host;

/// <summary>A project the real CLI or YAML host would reject, warn about or partly ignore; lists every finding.</summary>
public sealed class HostRulesException(IReadOnlyList<HostFinding> findings)
    : Exception($"{findings.Count} host rule(s) failed:{Environment.NewLine}{string.Join(Environment.NewLine, findings)}")
{
    public IReadOnlyList<HostFinding> Findings { get; } = findings;
}
