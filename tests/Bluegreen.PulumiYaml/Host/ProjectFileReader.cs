using System.Text.Json;
using System.Text.Json.Nodes;
using Bluegreen.PulumiYaml.Schemas;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bluegreen.PulumiYaml.Host;

/// <summary>
/// Reads <c>Pulumi.yaml</c> as the CLI does (pulumi <c>workspace.LoadProjectBytes</c>): the document is checked
/// against the CLI's own JSON schema (<c>ValidateProject</c>, vendored <c>pulumi-project.json</c>), then by
/// <c>Project.Validate</c> (config defaults and types), and <c>requiredPulumiVersion</c> must be a range
/// <c>ValidatePulumiVersionRange</c> can parse. Every problem becomes a finding; the project is returned when it
/// has a name.
/// </summary>
public static class ProjectFileReader
{
    /// <summary>The keys pulumi's <c>workspace.Project</c> struct reads; any other key lands in <c>AdditionalKeys</c>.</summary>
    public static IReadOnlySet<string> CliKeys { get; } = new HashSet<string>
    {
        "name", "runtime", "main", "description", "author", "website", "license", "config", "stackConfigDir",
        "template", "backend", "options", "packages", "plugins", "requiredPulumiVersion",
    };

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(System.Text.Encoding.UTF8.GetString(VendoredSchema.Read("pulumi-project.json"))));

    public static (ProjectFile? Project, IReadOnlyList<HostFinding> Findings) Read(string path)
    {
        var findings = new List<HostFinding>();
        void Add(string at, string message, string source) => findings.Add(new HostFinding(path, at, message, source));

        JsonObject? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            root = stream.Documents is [{ RootNode: { } node }] ? YamlJson.ToJson(node) as JsonObject : null;
        }
        catch (YamlException e)
        {
            Add("", $"could not unmarshal: {e.Message}", HostSources.ValidateProject);
            return (null, findings);
        }

        if (root?["name"] is not JsonValue name || name.GetValueKind() != JsonValueKind.String || name.GetValue<string>() == "")
        {
            Add("name", "project is missing a non-empty string 'name' attribute", HostSources.ValidateProject);
            return (null, findings);
        }

        foreach (var error in SchemaErrors(root))
        {
            Add(error.Location, error.Message, HostSources.ValidateProject);
        }

        var config = ProjectConfigReader.Read(root["config"] as JsonObject, name.GetValue<string>(), (at, message) => Add(at, message, HostSources.ProjectValidate));
        var required = Text(root["requiredPulumiVersion"]);
        if (required is not null && VersionRange.TryParse(required, out var rangeError) is null)
        {
            Add("requiredPulumiVersion", $"parsing CLI version range \"{required}\": {rangeError}", HostSources.ValidatePulumiVersionRange);
        }

        var project = new ProjectFile(
            path,
            name.GetValue<string>(),
            Text(root["main"]),
            config,
            Packages(root["packages"] as JsonObject),
            required,
            root.Select(p => p.Key).ToList());
        return (project, findings);
    }

    private static IEnumerable<(string Location, string Message)> SchemaErrors(JsonObject root)
    {
        var results = Schema.Value.Evaluate(JsonSerializer.SerializeToElement(root), new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            yield break;
        }

        foreach (var detail in (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }))
        {
            foreach (var message in detail.Errors!.Values)
            {
                yield return ("#" + detail.InstanceLocation, message);
            }
        }
    }

    /// <summary>Local package sources: the string form (<c>./components/package</c>) or an object's <c>source</c>.</summary>
    private static Dictionary<string, string> Packages(JsonObject? packages) =>
        packages is null
            ? []
            : packages
                .Select(p => (p.Key, Source: Text(p.Value) ?? Text((p.Value as JsonObject)?["source"])))
                .Where(p => p.Source is not null)
                .ToDictionary(p => p.Key, p => p.Source!);

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
