using Bluegreen.Components;
using Bluegreen.Stacks.Apps;
using Bluegreen.Synth;
using Bluegreen.PulumiYaml;
using Bluegreen.PulumiYaml.Model;
using Bluegreen.PulumiYaml.Schemas;
using Bluegreen.PulumiYaml.Validation;

namespace Bluegreen.Tests.Contracts;

/// <summary>Every resource, function call and nested property the generator emits exists in the provider schemas.</summary>
public class GeneratedSchemaContractTests
{
    private const string SecretMessage = "the schema marks this property secret";

    public static TheoryData<string> Apps =>
        ["sample (existing network)", "sample (minimal network)", "sample (plain HTTP)", "multi-service (minimal network)", "synthetic 10 services (existing network)"];

    [Fact]
    public void CommittedProgramAndPackage_ValidateAgainstProviderSchemas()
    {
        var errors = Validate(GeneratedProject.Committed());

        Assert.True(errors.Count == 0, Describe(errors));
    }

    /// <summary>The other contract tests read the committed files; they must be what the code renders today.</summary>
    [Fact]
    public void CommittedFiles_AreWhatTheGeneratorRendersForTheSampleApp()
    {
        foreach (var file in GeneratedFiles.Render(SampleApp.Definition))
        {
            var committed = File.ReadAllText(Path.Combine(RepositoryLayout.RootDirectory, file.RelativePath));

            Assert.True(committed == file.Content, $"{file.RelativePath} is stale: run synth and commit the result.");
        }
    }

    [Theory]
    [MemberData(nameof(Apps))]
    public void RenderedProgram_ForEachAppShape_ValidatesAgainstProviderSchemas(string app)
    {
        var project = GeneratedProject.Render(AppNamed(app));

        var errors = Validate(project);

        Assert.True(errors.Count == 0, Describe(errors));
        var createsVpc = project.Program.Resources.Any(r => ProviderSchemas.Shared.ResolveResource(r.Type)?.Token == "aws:ec2/vpc:Vpc");
        Assert.Equal(AppNamed(app).Network == NetworkMode.CreateMinimal, createsVpc);
    }

    [Fact]
    public void CommittedProgram_FeedsEverySecretSchemaPropertyFromASecret()
    {
        var project = GeneratedProject.Committed();

        var secretProperties = SecretInputsUsed(project);
        var secretErrors = Validate(project).Where(e => e.Message.StartsWith(SecretMessage, StringComparison.Ordinal)).ToList();

        Assert.Equal(
            ["activeColorParameter.value", "database.password", "databaseSecretVersion.secretString"],
            secretProperties);
        Assert.True(secretErrors.Count == 0, Describe(secretErrors));
    }

    internal static AppDefinition AppNamed(string app) => app switch
    {
        "sample (existing network)" => SampleApp.Definition,
        "sample (minimal network)" => SampleApp.Definition with { Network = NetworkMode.CreateMinimal },
        "sample (plain HTTP)" => SampleApp.Definition with { Protocol = ListenerProtocol.Http },
        "multi-service (minimal network)" => MultiServiceApp,
        "synthetic 10 services (existing network)" => SyntheticApp.Create(10),
        _ => throw new ArgumentOutOfRangeException(nameof(app), app, "unknown app shape"),
    };

    /// <summary>Three web services (one the default route) and two workers: exercises rule priorities and per-service names.</summary>
    internal static AppDefinition MultiServiceApp { get; } = new()
    {
        Name = "market",
        Network = NetworkMode.CreateMinimal,
        Services =
        [
            new ServiceDefinition { Name = "web", Kind = ServiceKind.Web, ImageRepository = "market/web", PathPatterns = ["/*"] },
            new ServiceDefinition { Name = "api", Kind = ServiceKind.Web, ImageRepository = "market/api", ContainerPort = 5000, PathPatterns = ["/api/*"] },
            new ServiceDefinition { Name = "admin", Kind = ServiceKind.Web, ImageRepository = "market/admin", ContainerPort = 9000, PathPatterns = ["/admin/*", "/ops/*"], HealthCheckPath = "/ready" },
            new ServiceDefinition { Name = "mailer", Kind = ServiceKind.Worker, ImageRepository = "market/mailer" },
            new ServiceDefinition { Name = "indexer", Kind = ServiceKind.Worker, ImageRepository = "market/indexer" },
        ],
    };

    private static IReadOnlyList<SchemaError> Validate(PulumiYamlProject project) =>
        new SchemaValidator(ProviderSchemas.Shared).Validate(project);

    private static string Describe(IReadOnlyList<SchemaError> errors) =>
        $"{errors.Count} schema errors:\n" + string.Join("\n", errors);

    /// <summary>"resource.property" for every top-level input the program sets that its schema marks secret.</summary>
    private static List<string> SecretInputsUsed(PulumiYamlProject project) =>
        project.Program.Resources
            .Concat(project.Packages.SelectMany(p => p.Components).SelectMany(c => c.Resources))
            .SelectMany(r => r.Properties.Entries
                .Where(e => ProviderSchemas.Shared.ResolveResource(r.Type)?.Inputs.GetValueOrDefault(e.Key)?.Secret == true)
                .Select(e => $"{r.Key}.{e.Key}"))
            .Order(StringComparer.Ordinal)
            .ToList();
}
