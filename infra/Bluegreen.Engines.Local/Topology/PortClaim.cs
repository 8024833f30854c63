namespace Bluegreen.Engines.Local.Topology;

/// <summary>A loopback port the stack listens on, the setting that chose it, and what listens there.</summary>
internal sealed record PortClaim(int Port, string SettingKey, string Purpose);
