using Bluegreen.Components;
using Bluegreen.Stacks.Composition;
using Bluegreen.Synth;
using Bluegreen.PulumiYaml;
using Bluegreen.PulumiYaml.Evaluation;
using Bluegreen.PulumiYaml.Model;
using Bluegreen.PulumiYaml.Testing;

namespace Bluegreen.Tests.Contracts;

/// <summary>The generated program: as committed at the repository root, or rendered in-process for another app shape.</summary>
internal static class GeneratedProject
{
    public static PulumiYamlProject Committed() =>
        PulumiYamlProject.Load(Path.Combine(RepositoryLayout.RootDirectory, ProjectLayout.ProgramFile));

    public static PulumiYamlProject Render(AppDefinition app) =>
        TempProject.Load(GeneratedFiles.Render(app).Select(f => (f.RelativePath, f.Content)));

    /// <summary>A committed stack's config (<c>Pulumi.&lt;stack&gt;.yaml</c>) with <c>activeColor</c> set.</summary>
    public static StackConfiguration Stack(string stack, string activeColor) =>
        StackConfiguration.Load(Path.Combine(RepositoryLayout.RootDirectory, $"Pulumi.{stack}.yaml"), BluegreenProject.ProjectName)
            .With("activeColor", activeColor);
}
