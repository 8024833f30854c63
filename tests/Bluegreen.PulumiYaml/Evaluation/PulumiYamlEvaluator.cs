using Bluegreen.PulumiYaml.Model;
using Bluegreen.PulumiYaml.Schemas;
using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Evaluation;

/// <summary>
/// Runs a Pulumi YAML program (and the YAML components it instantiates) the way the YAML host does, against
/// <see cref="IPulumiMocks"/> instead of a cloud, in the style of Pulumi.Testing. Supports exactly the subset
/// the generator emits and throws <see cref="PulumiYamlException"/> on anything else.
/// </summary>
public sealed class PulumiYamlEvaluator(ProviderSchemas schemas, IPulumiMocks mocks)
{
    public EvaluationResult Evaluate(PulumiYamlProject project, StackConfiguration config) =>
        new Run(schemas, mocks, project, config).Execute();

    private sealed class Run
    {
        private readonly ProviderSchemas _schemas;
        private readonly IPulumiMocks _mocks;
        private readonly PulumiYamlProject _project;
        private readonly StackConfiguration _config;
        private readonly ExpressionEvaluator _expressions;
        private readonly List<RegisteredResource> _resources = [];

        public Run(ProviderSchemas schemas, IPulumiMocks mocks, PulumiYamlProject project, StackConfiguration config)
        {
            if (config.Project != project.Program.Name)
            {
                throw new ArgumentException($"The config is for project '{config.Project}' but the program is '{project.Program.Name}'.", nameof(config));
            }

            _schemas = schemas;
            _mocks = mocks;
            _project = project;
            _config = HostConfig.Merge(project, config);
            _expressions = new ExpressionEvaluator(config.Stack, project.Program.Name, schemas, mocks);
        }

        /// <summary>
        /// The engine's config registers first, every key with the project prefix stripped (pulumi-yaml
        /// <c>getConfNodesFromMap</c>, values as <see cref="ConfigTyping"/> converts them); a program <c>config:</c>
        /// entry whose key is already registered is skipped (<c>Runner.Run</c>, "config already registered"), the
        /// others take their <c>value</c> or <c>default</c>.
        /// </summary>
        public EvaluationResult Execute()
        {
            var program = _project.Program;
            EvaluationScope? scope = null;
            scope = new EvaluationScope("", null, name => StripProject(name) is var key && key != name ? scope!.Lookup(key) : EncryptedConfig(name));
            foreach (var (key, value) in HostConfig.ProgramValues(_config))
            {
                scope.Set(StripProject(key), value);
            }

            foreach (var parameter in program.Config)
            {
                var key = StripProject(parameter.Key);
                if (scope.Lookup(key) is null)
                {
                    scope.Set(key, ConfigDefault(parameter, key, scope));
                }
            }

            var outputs = EvaluateBody(program, scope);
            return new EvaluationResult(_config.Stack, program.Name, _resources, outputs.Entries.ToDictionary(e => e.Key, e => e.Value));
        }

        private string StripProject(string key) =>
            key.StartsWith(_project.Program.Name + ":", StringComparison.Ordinal) ? key[(_project.Program.Name.Length + 1)..] : key;

        /// <summary>An encrypted stack value cannot be read here: the test must give a plaintext one.</summary>
        private PulumiValue? EncryptedConfig(string name)
        {
            var fullKey = _config.Qualify(name);
            return _config.EncryptedKeys.Contains(fullKey)
                ? throw new PulumiYamlException(name, SourceSpan.None, $"config '{fullKey}' is encrypted in the stack file; give the test a plaintext value with StackConfiguration.With")
                : null;
        }

        private PulumiValue ConfigDefault(ParameterDecl parameter, string key, EvaluationScope scope)
        {
            var path = PathText.Property("config", parameter.Key);
            var fallback = (parameter.Value ?? parameter.Default)
                ?? throw new PulumiYamlException(path, parameter.Span, $"Stack '{_config.Stack}' is missing configuration value '{_config.Qualify(key)}'");
            return _expressions.Evaluate(fallback, path, scope).WithSecret(parameter.Secret);
        }

        /// <summary>Evaluates variables and resources in dependency order, then the outputs.</summary>
        private ObjectValue EvaluateBody(IResourceScopeTemplate template, EvaluationScope scope)
        {
            var variables = template.Variables.ToDictionary(v => v.Name);
            var resources = template.Resources.ToDictionary(r => r.Key);
            var nodes = template.Variables
                .Select(v => (v.Name, DependencyOrder.References(v.Value)))
                .Concat(template.Resources.Select(r => (r.Key, (IReadOnlyCollection<string>)ResourceReferences(r))))
                .ToList();
            foreach (var name in DependencyOrder.Sort(nodes, scope.PathPrefix))
            {
                if (variables.TryGetValue(name, out var variable))
                {
                    scope.Set(name, _expressions.Evaluate(variable.Value, scope.PathPrefix + PathText.Property("variables", name), scope));
                }
                else
                {
                    scope.Set(name, new ResourceValue(Register(resources[name], scope)));
                }
            }

            return new ObjectValue(template.Outputs
                .Select(o => KeyValuePair.Create(o.Name, _expressions.Evaluate(o.Value, scope.PathPrefix + PathText.Property("outputs", o.Name), scope)))
                .ToList());
        }

        private static List<string> ResourceReferences(ResourceDecl resource) =>
            DependencyOrder.References(resource.Properties)
                .Concat(resource.Options.SelectMany(o => DependencyOrder.References(o.Value)))
                .ToList();

        private RegisteredResource Register(ResourceDecl declaration, EvaluationScope scope)
        {
            var path = scope.PathPrefix + PathText.Property("resources", declaration.Key);
            var component = _project.ResolveComponent(declaration.Type);
            var schema = component is null ? _schemas.ResolveResource(declaration.Type) : null;
            var type = component is var (package, decl) ? package.TokenOf(decl)
                : schema?.Token ?? throw new PulumiYamlException(PathText.Property(path, "type"), declaration.Span,
                    $"unable to find resource type \"{declaration.Type}\" in the provider schemas or component packages");

            var inputs = (ObjectValue)_expressions.Evaluate(declaration.Properties, PathText.Property(path, "properties"), scope);
            if (schema is not null)
            {
                // The host wraps every property the schema marks secret (run.go IsResourcePropertySecret).
                inputs = new ObjectValue(inputs.Entries
                    .Select(e => KeyValuePair.Create(e.Key, e.Value.WithSecret(schema.Inputs.GetValueOrDefault(e.Key)?.Secret ?? false)))
                    .ToList());
            }

            var options = declaration.Options.ToDictionary(
                o => o.Key,
                o => _expressions.Evaluate(o.Value, PathText.Property(PathText.Property(path, "options"), o.Key), scope));
            var parent = Parent(options, scope, path, declaration);
            var name = scope.Parent is null ? declaration.LogicalName : $"{scope.Parent.Name}-{declaration.LogicalName}";
            var qualifiedType = parent is null ? type : $"{parent.QualifiedType}${type}";
            var urn = $"urn:pulumi:{_config.Stack}::{_project.Program.Name}::{qualifiedType}::{name}";
            if (_resources.Any(r => r.Urn == urn))
            {
                throw new PulumiYamlException(path, declaration.Span, $"Duplicate resource URN '{urn}'; try giving it a unique name");
            }

            var resource = new RegisteredResource(urn, type, qualifiedType, name, parent, component is not null, inputs, options);
            _resources.Add(resource);
            var state = _mocks.NewResource(type, name, (IReadOnlyDictionary<string, object?>)inputs.ToPlain()!);
            if (component is var (_, componentDecl))
            {
                resource.Outputs = EvaluateComponent(componentDecl, resource, inputs, path, declaration);
            }
            else
            {
                var returned = state ?? throw new PulumiYamlException(path, declaration.Span,
                    $"the mocks returned no state for {type} '{name}'; set up IPulumiMocks.NewResource");
                resource.Id = returned.Id;
                resource.Outputs = SecretOutputs(PulumiValue.FromPlain(returned.Outputs) as ObjectValue ?? new ObjectValue([]), schema!, inputs, options);
            }

            return resource;
        }

        private static RegisteredResource? Parent(Dictionary<string, PulumiValue> options, EvaluationScope scope, string path, ResourceDecl declaration)
        {
            if (!options.TryGetValue("parent", out var parent))
            {
                return scope.Parent;
            }

            return parent is ResourceValue value
                ? value.Resource
                : throw new PulumiYamlException(PathText.Property(PathText.Property(path, "options"), "parent"), declaration.Span, $"expected resource, got {parent.TypeName}");
        }

        /// <summary>Outputs are secret when the schema says so, when listed in additionalSecretOutputs, or when the same-named input was secret.</summary>
        private static ObjectValue SecretOutputs(ObjectValue outputs, ResourceSchema schema, ObjectValue inputs, Dictionary<string, PulumiValue> options)
        {
            var additional = options.GetValueOrDefault("additionalSecretOutputs") is ListValue list
                ? list.Items.OfType<StringValue>().Select(s => s.Value).ToHashSet()
                : [];
            return new ObjectValue(outputs.Entries
                .Select(e => KeyValuePair.Create(e.Key, e.Value.WithSecret(
                    (schema.Outputs.GetValueOrDefault(e.Key)?.Secret ?? false)
                    || additional.Contains(e.Key)
                    || (inputs.Get(e.Key)?.ContainsSecret ?? false))))
                .ToList());
        }

        private ObjectValue EvaluateComponent(ComponentDecl component, RegisteredResource instance, ObjectValue inputs, string path, ResourceDecl declaration)
        {
            var bodyPrefix = PathText.Property("components", component.Name) + ".";
            var scope = new EvaluationScope(bodyPrefix, instance, _ => null);
            var unknown = inputs.Entries.FirstOrDefault(e => component.Inputs.All(i => i.Key != e.Key)).Key;
            if (unknown is not null)
            {
                throw new PulumiYamlException(PathText.Property(PathText.Property(path, "properties"), unknown), declaration.Span,
                    $"unknown input '{unknown}' of component {instance.Type}");
            }

            foreach (var input in component.Inputs)
            {
                var value = inputs.Get(input.Key) is { } given and not NullValue
                    ? given
                    : input.Default is { } fallback
                        ? _expressions.Evaluate(fallback, bodyPrefix + PathText.Property("inputs", input.Key), scope)
                        : throw new PulumiYamlException(PathText.Property(path, "properties"), declaration.Span,
                            $"missing required input '{input.Key}' of component {instance.Type}");
                scope.Set(input.Key, value.WithSecret(input.Secret));
            }

            return EvaluateBody(component, scope);
        }
    }
}
