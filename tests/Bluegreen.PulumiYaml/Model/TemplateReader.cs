using Bluegreen.PulumiYaml.Host;
using Bluegreen.PulumiYaml.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bluegreen.PulumiYaml.Model;

/// <summary>
/// Reads a program file (<c>Main.yaml</c>, or <c>Pulumi.yaml</c> when it doubles as the program) and the
/// <c>*.yaml</c> files of a component package into templates, with pulumi-yaml's field names
/// (<see cref="TemplateFields"/>). What the host would warn about or ignore is added to the
/// <see cref="FindingSink"/>; what this tooling cannot evaluate is thrown.
/// </summary>
public static class TemplateReader
{
    /// <summary>Template fields the host reads but this tooling does not evaluate.</summary>
    private static readonly HashSet<string> UnsupportedTemplateFields = ["namespace", "version", "configuration", "sdks", "components"];

    /// <summary>The resource options the evaluator understands.</summary>
    public static IReadOnlySet<string> SupportedOptions => ResourceReader.SupportedOptions;

    public static ProgramTemplate ReadProgram(string file, FindingSink sink, bool isProjectFile) =>
        ParseProgram(File.ReadAllText(file), file, sink, isProjectFile);

    /// <summary>
    /// A program template. Top-level keys outside the template's fields are ignored by the host
    /// (<c>ParseTemplate</c>), so they are findings, except the CLI's own keys when the file is also the project file.
    /// </summary>
    public static ProgramTemplate ParseProgram(string text, string file, FindingSink sink, bool isProjectFile)
    {
        var (context, root) = Load(text, file, sink);
        var body = new TemplateBody(context, "");
        var config = new List<ParameterDecl>();
        string? requiredVersion = null;
        foreach (var (key, value) in context.Entries(root, ""))
        {
            var field = TemplateFields.Match(key, TemplateFields.Template);
            if (field is null)
            {
                if (!(isProjectFile && ProjectFileReader.CliKeys.Contains(key)))
                {
                    context.Finding(key, $"top-level key '{key}' is not read by the YAML host, which ignores it without a warning", HostSources.ParseTemplate);
                }

                continue;
            }

            if (field != key)
            {
                context.Finding(key, $"'{key}' looks like a miscapitalization of '{field}'", HostSources.UnexpectedCasing);
            }

            if (UnsupportedTemplateFields.Contains(field))
            {
                throw context.Error(key, value, $"program key '{field}' is not supported by this tooling");
            }

            if (field == "config")
            {
                config.AddRange(ParameterReader.ProgramConfig(value, context, field));
            }
            else if (field == "pulumi")
            {
                requiredVersion = RequiredVersion(value, context);
            }
            else
            {
                body.Accept(field, value);
            }
        }

        return new ProgramTemplate(body.Name ?? "", config, body.Variables, body.Resources, body.Outputs, new Dictionary<string, string>(), file)
        {
            RequiredVersion = requiredVersion,
        };
    }

    internal static (ReaderContext Context, YamlMappingNode Root) Load(string text, string file, FindingSink sink)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new PulumiYamlException("", new SourceSpan(file, (int)e.Start.Line, (int)e.Start.Column, ""), $"invalid YAML: {e.Message}");
        }

        var context = new ReaderContext(new ExprParser(file, text, sink), sink);
        return stream.Documents is [{ RootNode: YamlMappingNode root }]
            ? (context, root)
            : throw new PulumiYamlException("", new SourceSpan(file, 1, 1, ""), "expected one YAML document holding a mapping");
    }

    /// <summary><c>pulumi.requiredVersion</c>: a range the engine checks when the program starts (<c>EvalPulumi</c>).</summary>
    private static string? RequiredVersion(YamlNode value, ReaderContext context)
    {
        string? range = null;
        foreach (var (_, node, path) in context.Record(value, "pulumi", TemplateFields.Pulumi, "pulumi"))
        {
            range = context.Text(node, path);
            if (VersionRange.TryParse(range, out var error) is null)
            {
                context.Finding(path, $"version range \"{range}\" does not parse: {error}", HostSources.EvalPulumi);
            }
        }

        return range;
    }
}
