namespace Bluegreen.Stacks.Composition;

/// <summary>The oldest Pulumi CLI the project runs on, stated once: the project file, the program and the CLI driver read it.</summary>
public static class PulumiCliRequirement
{
    /// <summary>
    /// 3.235.0 is the first CLI bundling pulumi-yaml 1.33, where two instances of one YAML component work. It is also past
    /// 3.219.0, which introduced <c>requiredPulumiVersion</c> (checked by the CLI before the program runs).
    /// </summary>
    public const string MinimumVersion = "3.235.0";

    /// <summary>The semver range both <c>requiredPulumiVersion</c> and the program's <c>pulumi: requiredVersion</c> carry.</summary>
    public const string VersionRange = ">=" + MinimumVersion;
}
