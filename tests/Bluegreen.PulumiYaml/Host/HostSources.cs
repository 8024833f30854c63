namespace Bluegreen.PulumiYaml.Host;

/// <summary>The host functions the rules cite, spelled once: pulumi/pulumi (P, 3.259) and pulumi-yaml (Y, v1.38.1).</summary>
public static class HostSources
{
    public const string ValidateProject = "pulumi sdk/go/common/workspace/project.go ValidateProject (project.json)";
    public const string ProjectValidate = "pulumi sdk/go/common/workspace/project.go Project.Validate";
    public const string ProjectAdditionalKeys = "pulumi sdk/go/common/workspace/project.go Project.AdditionalKeys (ignored)";
    public const string ValidateConfigValue = "pulumi sdk/go/common/workspace/project.go ValidateConfigValue";
    public const string MergeConfig = "pulumi pkg/workspace/config.go mergeConfig";
    public const string ValidateStackConfigValue = "pulumi pkg/workspace/config.go validateStackConfigValue";
    public const string ValidatePulumiVersionRange = "pulumi sdk/go/common/resource/plugin/plugin.go ValidatePulumiVersionRange";
    public const string GetPwdMain = "pulumi pkg/engine/project.go getPwdMain";
    public const string ResolvePluginPath = "pulumi pkg/resource/plugin/host.go resolvePluginPath";
    public const string GetPackageConfig = "pulumi pkg/resource/deploy/target.go GetPackageConfig";
    public const string ProbeForFile = "pulumi-yaml pkg/pulumiyaml/run.go LoadDir/probeForFile";
    public const string SearchPackageDecls = "pulumi-yaml pkg/pulumiyaml/packages/file.go SearchPackageDecls";
    public const string ParseTemplate = "pulumi-yaml pkg/pulumiyaml/ast/template.go ParseTemplate (unknown top-level keys ignored)";
    public const string ParseRecord = "pulumi-yaml pkg/pulumiyaml/ast/template.go parseRecord (warning)";
    public const string UnexpectedCasing = "pulumi-yaml pkg/pulumiyaml/syntax/diags.go UnexpectedCasing (warning)";
    public const string ConfigParse = "pulumi-yaml pkg/pulumiyaml/config/config.go Parse, run.go registerConfig";
    public const string TypeConfig = "pulumi-yaml pkg/pulumiyaml/analyser.go typeConfig, config.go TypeValue";
    public const string ParseTypeSpec = "pulumi-yaml pkg/pulumiyaml/ast/template.go parseTypeSpec";
    public const string LoadPluginTemplate = "pulumi-yaml pkg/pulumiyaml/run.go LoadPluginTemplate";
    public const string ComponentEvalConfig = "pulumi-yaml pkg/pulumiyaml/run.go componentEvaluator.EvalConfig";
    public const string SetDefaultProviders = "pulumi-yaml pkg/pulumiyaml/run.go setDefaultProviders";
    public const string ParseVersion = "pulumi-yaml pkg/pulumiyaml/semver.go ParseVersion (blang/semver ParseTolerant)";
    public const string EvalPulumi = "pulumi-yaml pkg/pulumiyaml/run.go EvalPulumi (RequirePulumiVersion)";
    public const string TryParseFunction = "pulumi-yaml pkg/pulumiyaml/ast/expr.go tryParseFunction";
    /// <summary>Policy, not host behaviour: neither the engine nor the YAML host reads deprecationMessage.</summary>
    public const string Deprecated = "provider schema deprecationMessage (oracle policy)";
}
