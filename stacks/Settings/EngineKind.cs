namespace Bluegreen.Stacks.Settings;

/// <summary>What realises a stack: the Pulumi program on AWS, or real local parts on this machine.</summary>
public enum EngineKind
{
    Aws,
    Local,
}
