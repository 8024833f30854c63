using System.Text.Json;
using Bluegreen.Components;
using Bluegreen.Engines.Local.State;
using Bluegreen.Local.Contracts.Os;

namespace Bluegreen.Engines.Local.Intent;

/// <summary>
/// Reads and writes <c>desired.json</c>: <c>{"activeColor": "blue", "imageTags": {"blue": "1.0.0", "green": "1.1.0"}}</c>.
/// A file that cannot be read as that shape is corrupt state: the message names the file and how to repair it.
/// </summary>
internal sealed class IntentStore(StackFolder folder, string stackName)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Path => folder.Intent;

    /// <summary>The recorded intent, or null when the stack was never brought up.</summary>
    public StackIntent? Read()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        IntentDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<IntentDocument>(File.ReadAllText(Path), Options);
        }
        catch (JsonException failure)
        {
            throw Corrupt($"it is not valid JSON ({failure.Message})");
        }

        if (document is null)
        {
            throw Corrupt("it holds JSON null");
        }

        var problems = new List<string>();
        if (!DeploymentColors.TryParse(document.ActiveColor, out var active))
        {
            problems.Add($"activeColor is \"{document.ActiveColor}\", not {DeploymentColors.AllowedValues}");
        }

        var tags = new Dictionary<DeploymentColor, string>();
        foreach (var color in DeploymentColors.All)
        {
            var tag = document.ImageTags?.GetValueOrDefault(color.Name());
            if (tag is null || !DeployVersion.IsValid(tag))
            {
                problems.Add($"imageTags.{color.Name()} is {(tag is null ? "missing" : $"\"{tag}\", not a valid image tag")}");
            }
            else
            {
                tags[color] = tag;
            }
        }

        return problems.Count == 0
            ? new StackIntent(active, tags[DeploymentColor.Blue], tags[DeploymentColor.Green])
            : throw Corrupt(string.Join("; ", problems));
    }

    public void Write(StackIntent intent)
    {
        var document = new IntentDocument
        {
            ActiveColor = intent.ActiveColor.Name(),
            ImageTags = new Dictionary<string, string>
            {
                [DeploymentColor.Blue.Name()] = intent.BlueImageTag,
                [DeploymentColor.Green.Name()] = intent.GreenImageTag,
            },
        };
        AtomicFile.Write(Path, JsonSerializer.Serialize(document, Options) + "\n");
    }

    private StackFailureException Corrupt(string problem) => new(
        StackError.CorruptState,
        $"The desired state file {Path} cannot be used: {problem}. Repair it to the shape "
        + "{\"activeColor\": \"blue\", \"imageTags\": {\"blue\": \"<tag>\", \"green\": \"<tag>\"}}, "
        + $"or delete it and run `bluegreen up --stack {stackName}` to seed it again from {Stacks.Settings.StackFiles.FileName(stackName)}. Nothing was changed.");

    private sealed record IntentDocument
    {
        public string? ActiveColor { get; init; }

        public Dictionary<string, string>? ImageTags { get; init; }
    }
}
