using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>
/// Reads <c>--json</c> output in either shape the CLI prints: one <c>PreviewDigest</c> document (preview, and the
/// preview-only forms of refresh and destroy) or newline-delimited engine events (up, refresh, destroy, and previews
/// with <c>PULUMI_ENABLE_STREAMING_JSON_PREVIEW</c>). Lines that are not JSON are skipped.
/// </summary>
internal static partial class PulumiJsonOutput
{
    public static PulumiOperationOutput Parse(string standardOutput)
    {
        var documents = JsonDocuments(standardOutput);
        if (documents.Count == 0)
        {
            return PulumiOperationOutput.None;
        }

        return documents.Any(document => document.TryGetProperty("sequence", out _))
            ? FromEvents(documents)
            : FromDigest(documents[^1]);
    }

    private static List<JsonElement> JsonDocuments(string text)
    {
        var trimmed = text.Trim();
        if (TryParseObject(trimmed, out var whole))
        {
            return [whole];
        }

        var lines = trimmed.Split('\n')
            .Select(line => TryParseObject(line.Trim(), out var element) ? element : (JsonElement?)null)
            .OfType<JsonElement>()
            .ToList();
        if (lines.Count > 0)
        {
            return lines;
        }

        // A digest after a non-JSON preamble, e.g. a warning printed before the document.
        var start = trimmed.IndexOf('{', StringComparison.Ordinal);
        var end = trimmed.LastIndexOf('}');
        return start >= 0 && end > start && TryParseObject(trimmed[start..(end + 1)], out var embedded) ? [embedded] : [];
    }

    private static bool TryParseObject(string text, out JsonElement element)
    {
        element = default;
        if (!text.StartsWith('{'))
        {
            return false;
        }

        try
        {
            element = JsonSerializer.Deserialize<JsonElement>(text);
            return element.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static PulumiOperationOutput FromDigest(JsonElement digest)
    {
        var steps = digest.ArrayField("steps")
            .Select(step => new PulumiStep(
                step.StringField("op") ?? "",
                ParseUrn(step),
                State(step, "oldState"),
                State(step, "newState"),
                DetailedDiff(step),
                step.StringsField("diffReasons")))
            .ToList();
        var diagnostics = digest.ArrayField("diagnostics").Select(Diagnostic).ToList();
        return new PulumiOperationOutput(true, steps, diagnostics, null);
    }

    private static PulumiOperationOutput FromEvents(IEnumerable<JsonElement> events)
    {
        var steps = new List<PulumiStep>();
        var seen = new HashSet<(string Urn, string Op)>();
        var diagnostics = new List<PulumiDiagnostic>();
        string? result = null;
        foreach (var engineEvent in events)
        {
            if (engineEvent.ObjectField("resourcePreEvent") is { } pre)
            {
                AddStep(pre.ObjectField("metadata"));
            }
            else if (engineEvent.ObjectField("resOutputsEvent") is { } outputs)
            {
                AddStep(outputs.ObjectField("metadata"));
            }
            else if (engineEvent.ObjectField("diagnosticEvent") is { } diagnostic)
            {
                diagnostics.Add(Diagnostic(diagnostic));
            }
            else if (engineEvent.ObjectField("resOpFailedEvent") is { } failed && failed.ObjectField("metadata") is { } metadata)
            {
                diagnostics.Add(new PulumiDiagnostic(metadata.StringField("urn"), $"{metadata.StringField("op")} failed", "error"));
            }
            else if (engineEvent.ObjectField("errorEvent") is { } error)
            {
                diagnostics.Add(new PulumiDiagnostic(null, Clean(error.StringField("error") ?? error.StringField("message") ?? "error"), "error"));
            }
            else if (engineEvent.ObjectField("summaryEvent") is { } summary)
            {
                result = summary.StringField("result") ?? result;
            }
        }

        return new PulumiOperationOutput(true, steps, diagnostics, result);

        void AddStep(JsonElement? metadata)
        {
            if (metadata is not { } step)
            {
                return;
            }

            var parsed = Normalize(new PulumiStep(
                step.StringField("op") ?? "",
                ParseUrn(step),
                State(step, "old"),
                State(step, "new"),
                DetailedDiff(step),
                step.StringsField("diffs")));
            if (seen.Add((parsed.Urn.Value, parsed.Op)))
            {
                steps.Add(parsed);
            }
        }
    }

    /// <summary>A refresh event keeps the "refresh" op; what it found decides what it means.</summary>
    private static PulumiStep Normalize(PulumiStep step)
    {
        if (step.Op != PulumiOps.Refresh)
        {
            return step;
        }

        if (step.New is null)
        {
            return step with { Op = PulumiOps.Delete };
        }

        return step.DetailedDiff.Count > 0 || step.DiffReasons.Count > 0 ? step with { Op = PulumiOps.Update } : step;
    }

    private static PulumiUrn ParseUrn(JsonElement step) => PulumiUrn.Parse(step.StringField("urn") ?? "");

    private static PulumiResourceState? State(JsonElement step, string name) =>
        step.ObjectField(name) is { } state
            ? new PulumiResourceState(state.StringField("type") ?? "", state.StringField("parent"), state.ObjectField("inputs"), state.ObjectField("outputs"))
            : null;

    private static Dictionary<string, PulumiPropertyDiff> DetailedDiff(JsonElement step)
    {
        var diffs = new Dictionary<string, PulumiPropertyDiff>(StringComparer.Ordinal);
        if (step.ObjectField("detailedDiff") is { } detailed)
        {
            foreach (var property in detailed.EnumerateObject())
            {
                // The digest names the kind "kind"; engine events name it "diffKind".
                var kind = property.Value.StringField("kind") ?? property.Value.StringField("diffKind") ?? "update";
                diffs[property.Name] = new PulumiPropertyDiff(kind, property.Value.TrueField("inputDiff"));
            }
        }

        return diffs;
    }

    private static PulumiDiagnostic Diagnostic(JsonElement diagnostic) =>
        new(diagnostic.StringField("urn"), Clean(diagnostic.StringField("message") ?? ""), diagnostic.StringField("severity") ?? "info");

    /// <summary>Drops the CLI's colour directives (<c>&lt;{%reset%}&gt;</c>) and surrounding blank space.</summary>
    private static string Clean(string message) => ColorDirective().Replace(message, "").Trim();

    [GeneratedRegex(@"<\{%[^%]*%\}>")]
    private static partial Regex ColorDirective();
}
