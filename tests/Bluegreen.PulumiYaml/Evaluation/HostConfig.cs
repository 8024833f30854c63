using Bluegreen.PulumiYaml.Host;
using Bluegreen.PulumiYaml.Model;
using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Evaluation;

/// <summary>
/// A stack's config as the program sees it: first the CLI merges in the project's defaults and validates
/// (<see cref="StackConfigMerge"/>), then the YAML host converts each string (<see cref="ConfigTyping"/>, pulumi-yaml
/// <c>server.go</c> <c>Run</c>) and marks the stack's secure keys secret.
/// </summary>
public static class HostConfig
{
    /// <summary>The config the CLI hands the program; throws with the CLI's message when it would refuse to run.</summary>
    public static StackConfiguration Merge(PulumiYamlProject project, StackConfiguration stack)
    {
        if (project.Project is null)
        {
            return stack;
        }

        var (merged, error) = StackConfigMerge.Apply(project.Project, stack);
        return error is null ? merged : throw new PulumiYamlException("config", SourceSpan.None, error);
    }

    /// <summary>Every readable key (fully qualified) with the value the program receives.</summary>
    public static IReadOnlyDictionary<string, PulumiValue> ProgramValues(StackConfiguration config) =>
        config.Values
            .Where(v => !config.EncryptedKeys.Contains(v.Key))
            .ToDictionary(v => v.Key, v => ConfigTyping.Parse(v.Value).WithSecret(config.SecretKeys.Contains(v.Key)));

    /// <summary>The merged and converted config of a project's stack: what <c>${key}</c> evaluates to in the program.</summary>
    public static IReadOnlyDictionary<string, PulumiValue> ProgramValues(PulumiYamlProject project, StackConfiguration stack) =>
        ProgramValues(Merge(project, stack));
}
