using Bluegreen.Components;
using Bluegreen.Stacks.Composition;
using Bluegreen.Synth;
using Bluegreen.PulumiYaml;
using Bluegreen.PulumiYaml.Evaluation;
using Bluegreen.PulumiYaml.Host;
using Bluegreen.PulumiYaml.Model;
using Bluegreen.PulumiYaml.Testing;

namespace Bluegreen.Tests.Contracts;

/// <summary>
/// The generated project: as committed at the repository root, or rendered in-process for another app shape. Both are
/// loaded as the CLI and the YAML host load them (project file, then <c>main</c>), and any host rule that fails (a
/// warning included) fails the load.
/// </summary>
internal static class GeneratedProject
{
    public static PulumiYamlProject Committed() =>
        PulumiYamlProject.LoadChecked(Path.Combine(RepositoryLayout.RootDirectory, ProjectLayout.ProjectFile));

    public static PulumiYamlProject Render(AppDefinition app)
    {
        var project = TempProject.Load(GeneratedFiles.Render(app).Select(f => (f.RelativePath, f.Content)));
        return project.Findings.Count == 0 ? project : throw new HostRulesException(project.Findings);
    }

    /// <summary>A committed stack's config (<c>Pulumi.&lt;stack&gt;.yaml</c>) with <c>activeColor</c> set.</summary>
    public static StackConfiguration Stack(string stack, string activeColor) =>
        StackConfiguration.Load(Path.Combine(RepositoryLayout.RootDirectory, $"Pulumi.{stack}.yaml"), BluegreenProject.ProjectName)
            .With("activeColor", activeColor);
}
