namespace Bluegreen.Stacks.Config;

/// <summary>Which engine reads a setting. Only AWS and shared settings are declared in Pulumi.yaml.</summary>
public enum EngineScope
{
    Aws,
    Local,
    Both,
}
