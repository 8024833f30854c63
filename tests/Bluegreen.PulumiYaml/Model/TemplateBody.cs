using Bluegreen.PulumiYaml.Syntax;
using YamlDotNet.RepresentationModel;

namespace Bluegreen.PulumiYaml.Model;

/// <summary>The keys a program, a package file and a component body share: name, description, variables, resources, outputs.</summary>
internal sealed class TemplateBody(ReaderContext context, string path)
{
    public string? Name { get; private set; }

    public List<NamedExpr> Variables { get; } = [];

    public List<ResourceDecl> Resources { get; } = [];

    public List<NamedExpr> Outputs { get; } = [];

    public bool Accept(string key, YamlNode value)
    {
        var keyPath = PathText.Property(path, key);
        switch (key)
        {
            case "name":
                Name = context.Text(value, keyPath);
                return true;
            case "description":
                return true;
            case "variables":
                Variables.AddRange(NamedExprs(value, keyPath));
                return true;
            case "resources":
                Resources.AddRange(ResourceReader.Read(value, context, keyPath));
                return true;
            case "outputs":
                Outputs.AddRange(NamedExprs(value, keyPath));
                return true;
            default:
                return false;
        }
    }

    private List<NamedExpr> NamedExprs(YamlNode node, string keyPath) =>
        context.Entries(node, keyPath).Select(e => new NamedExpr(e.Key, context.Parser.Parse(e.Value, PathText.Property(keyPath, e.Key)))).ToList();
}
