using Bluegreen.Components.Model;

namespace Bluegreen.Synth;

/// <summary>The shared blocks of programs and components: config/input declarations, named values and resources.</summary>
internal static class DeclarationYaml
{
    /// <summary>The body programs and components share: variables, resources and outputs.</summary>
    public static void WriteBody(YamlEventWriter yaml, IReadOnlyList<NamedValue> variables, IReadOnlyList<Resource> resources, IReadOnlyList<NamedValue> outputs)
    {
        WriteNamedValues(yaml, "variables", variables);
        WriteResources(yaml, resources);
        WriteNamedValues(yaml, "outputs", outputs);
    }

    /// <summary>A project's <c>config:</c> or a component's <c>inputs:</c>.</summary>
    public static void WriteDeclarations(YamlEventWriter yaml, string section, IReadOnlyList<ValueDeclaration> declarations)
    {
        yaml.Key(section);
        yaml.BeginMap(empty: declarations.Count == 0);
        foreach (var declaration in declarations)
        {
            yaml.Key(declaration.Name);
            yaml.BeginMap();
            yaml.Entry("type", declaration.Type.YamlName());
            if (declaration.Items is { } items)
            {
                yaml.Key("items");
                yaml.BeginMap();
                yaml.Entry("type", items.YamlName());
                yaml.EndMap();
            }

            if (declaration.Default is { } value)
            {
                yaml.Key("default");
                ExprYaml.Write(yaml, value);
            }

            if (declaration.Secret)
            {
                yaml.Key("secret");
                yaml.Boolean(true);
            }

            if (declaration.Description is { } description)
            {
                yaml.Entry("description", description);
            }

            yaml.EndMap();
        }

        yaml.EndMap();
    }

    private static void WriteNamedValues(YamlEventWriter yaml, string section, IReadOnlyList<NamedValue> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        yaml.Key(section);
        yaml.BeginMap();
        foreach (var value in values)
        {
            yaml.Key(value.Name);
            ExprYaml.Write(yaml, value.Value);
        }

        yaml.EndMap();
    }

    private static void WriteResources(YamlEventWriter yaml, IReadOnlyList<Resource> resources)
    {
        yaml.Key("resources");
        yaml.BeginMap(empty: resources.Count == 0);
        foreach (var resource in resources)
        {
            yaml.Key(resource.Name);
            yaml.BeginMap();
            yaml.Entry("type", resource.Type);
            if (resource.DefaultProvider)
            {
                yaml.Key("defaultProvider");
                yaml.Boolean(true);
            }

            yaml.Key("properties");
            ExprYaml.WriteMap(yaml, resource.Properties);
            if (!resource.Options.IsEmpty)
            {
                WriteOptions(yaml, resource.Options);
            }

            yaml.EndMap();
        }

        yaml.EndMap();
    }

    private static void WriteOptions(YamlEventWriter yaml, ResourceOptions options)
    {
        yaml.Key("options");
        yaml.BeginMap();
        if (options.DependsOn.Count > 0)
        {
            yaml.Key("dependsOn");
            ExprYaml.WriteList(yaml, [.. options.DependsOn.Select(name => (Expr)Expr.Ref(name))]);
        }

        if (options.Provider is { } provider)
        {
            yaml.Key("provider");
            ExprYaml.Write(yaml, Expr.Ref(provider));
        }

        if (options.Version is { } version)
        {
            yaml.Entry("version", version);
        }

        if (options.Protect)
        {
            yaml.Key("protect");
            yaml.Boolean(true);
        }

        if (options.DeleteBeforeReplace)
        {
            yaml.Key("deleteBeforeReplace");
            yaml.Boolean(true);
        }

        if (options.AdditionalSecretOutputs.Count > 0)
        {
            yaml.Key("additionalSecretOutputs");
            ExprYaml.WriteList(yaml, [.. options.AdditionalSecretOutputs.Select(name => (Expr)name)]);
        }

        yaml.EndMap();
    }
}
