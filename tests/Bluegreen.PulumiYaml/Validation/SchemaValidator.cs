using Bluegreen.PulumiYaml.Model;
using Bluegreen.PulumiYaml.Schemas;
using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Validation;

/// <summary>
/// Validates every resource and <c>fn::invoke</c> of a program and of its component packages against the
/// provider schemas (and components against their declared inputs), plus every <c>${...}</c> reference.
/// Returns all errors, never stops at the first.
/// </summary>
public sealed class SchemaValidator(ProviderSchemas schemas)
{
    public IReadOnlyList<SchemaError> Validate(PulumiYamlProject project) => new Run(schemas, project).Execute();

    private sealed class Run
    {
        private readonly ProviderSchemas _schemas;
        private readonly PulumiYamlProject _project;
        private readonly StaticTyper _typer;
        private readonly ValueChecker _checker;
        private readonly ReferenceChecker _references;
        private readonly Dictionary<ComponentDecl, ComponentScope> _components = [];
        private readonly List<SchemaError> _errors = [];

        public Run(ProviderSchemas schemas, PulumiYamlProject project)
        {
            _schemas = schemas;
            _project = project;
            _typer = new StaticTyper(schemas);
            _checker = new ValueChecker(schemas, _typer);
            _references = new ReferenceChecker(schemas, _typer, _errors);
        }

        public IReadOnlyList<SchemaError> Execute()
        {
            var projectConfig = _project.Project?.Config
                .Select(d => new ParameterDecl(d.Key, d.Type, d.Items?.Type, null, d.Secret, null, SourceSpan.None)) ?? [];
            var program = new ProgramScope(_project.Program, projectConfig, Symbol);
            Duplicates(program.Duplicates, "");
            foreach (var config in _project.Program.Config)
            {
                CheckParameter(config, PathText.Property("config", config.Key), program);
            }

            ValidateBody(_project.Program, program);
            foreach (var package in _project.Packages)
            {
                foreach (var component in package.Components)
                {
                    var scope = ScopeOf(package, component);
                    Duplicates(scope.Duplicates, scope.PathPrefix);
                    foreach (var input in component.Inputs)
                    {
                        CheckParameter(input, scope.PathPrefix + PathText.Property("inputs", input.Key), scope);
                    }

                    ValidateBody(component, scope);
                }
            }

            return _errors;
        }

        private ComponentScope ScopeOf(ComponentPackage package, ComponentDecl component)
        {
            if (!_components.TryGetValue(component, out var scope))
            {
                scope = new ComponentScope(package, component, Symbol);
                _components[component] = scope;
            }

            return scope;
        }

        private StaticSymbol Symbol(ResourceDecl resource) =>
            _project.ResolveComponent(resource.Type) is var (package, component)
                ? new ResourceSymbol(resource, null, ScopeOf(package, component))
                : new ResourceSymbol(resource, _schemas.ResolveResource(resource.Type), null);

        private void Duplicates(IEnumerable<string> names, string prefix)
        {
            foreach (var name in names)
            {
                _errors.Add(new SchemaError(prefix + name, $"the name '{name}' is declared more than once (config, inputs, variables and resources share one namespace)"));
            }
        }

        private void ValidateBody(IResourceScopeTemplate template, StaticScope scope)
        {
            foreach (var variable in template.Variables)
            {
                Walk(variable.Value, scope.PathPrefix + PathText.Property("variables", variable.Name), scope);
            }

            foreach (var resource in template.Resources)
            {
                ValidateResource(resource, scope.PathPrefix + PathText.Property("resources", resource.Key), scope);
            }

            foreach (var output in template.Outputs)
            {
                Walk(output.Value, scope.PathPrefix + PathText.Property("outputs", output.Name), scope);
            }
        }

        private void CheckParameter(ParameterDecl parameter, string path, StaticScope scope)
        {
            foreach (var value in new[] { parameter.Default, parameter.Value }.OfType<Expr>())
            {
                Walk(value, path, scope);
                var actual = _typer.Of(value, scope);
                if (parameter.Type is { } type && !actual.AssignableTo(StaticTyper.KindOfDeclared(type)))
                {
                    _errors.Add(new SchemaError(path, $"the default is {StaticValue.Name(actual.Kind)} but the declared type is {type}"));
                }
            }
        }

        private void ValidateResource(ResourceDecl resource, string path, StaticScope scope)
        {
            var propertiesPath = PathText.Property(path, "properties");
            Walk(resource.Properties, propertiesPath, scope);
            foreach (var option in resource.Options)
            {
                var optionPath = PathText.Property(PathText.Property(path, "options"), option.Key);
                CheckOption(option, optionPath, scope);
                if (scope.Lookup(resource.Key) is ResourceSymbol { Schema: { } optionSchema })
                {
                    CheckPropertyNamesOption(option, optionPath, optionSchema);
                }
            }

            switch (scope.Lookup(resource.Key))
            {
                case ResourceSymbol { Component: { } component }:
                    ValidateComponentInstance(resource, component, propertiesPath, scope);
                    break;
                case ResourceSymbol { Schema: { } schema }:
                    _checker.CheckFields(resource.Properties, schema.Inputs, schema.RequiredInputs, schema.Token, propertiesPath, scope, _errors);
                    break;
                default:
                    _errors.Add(new SchemaError(PathText.Property(path, "type"),
                        $"unknown resource type '{resource.Type}': no such resource in the {string.Join(", ", _schemas.PackageNames)} schemas or the component packages"));
                    break;
            }
        }

        private void ValidateComponentInstance(ResourceDecl resource, ComponentScope component, string path, StaticScope scope)
        {
            var inputs = component.Component.Inputs.ToDictionary(i => i.Key);
            foreach (var entry in resource.Properties.Entries)
            {
                var entryPath = PathText.Property(path, entry.Key);
                if (!inputs.TryGetValue(entry.Key, out var input))
                {
                    _errors.Add(new SchemaError(entryPath, $"unknown input '{entry.Key}' of component {component.Token}"));
                    continue;
                }

                var value = _typer.Of(entry.Value, scope);
                if (input.Type is { } type && !value.AssignableTo(StaticTyper.KindOfDeclared(type)))
                {
                    _errors.Add(new SchemaError(entryPath, $"expected {type}, got {StaticValue.Name(value.Kind)} {entry.Value.Span.Text}"));
                }

                if (input.Secret && !value.IsSecret)
                {
                    _errors.Add(new SchemaError(entryPath, $"input '{entry.Key}' of {component.Token} is declared secret but is fed a plain value"));
                }
            }

            foreach (var input in component.Component.Inputs.Where(i => i.IsRequired && resource.Properties.Get(i.Key) is null or NullExpr))
            {
                _errors.Add(new SchemaError(PathText.Property(path, input.Key), $"missing required input '{input.Key}' of component {component.Token} (it has no default)"));
            }
        }

        private void CheckOption(ObjectEntry option, string path, StaticScope scope)
        {
            Walk(option.Value, path, scope);
            IReadOnlyList<Expr> resources = option.Key switch
            {
                "dependsOn" => option.Value is ListExpr list ? list.Items : [option.Value],
                "parent" or "deletedWith" => [option.Value],
                _ => [],
            };
            for (var i = 0; i < resources.Count; i++)
            {
                if (_typer.Of(resources[i], scope).Kind != ValueKind.Resource)
                {
                    _errors.Add(new SchemaError(option.Value is ListExpr ? PathText.Index(path, i) : path,
                        $"resource option '{option.Key}' takes resources written as ${{name}}, got {resources[i].Span.Text}"));
                }
            }
        }

        /// <summary>Options that list property names must name real ones: outputs for secrets, inputs for change handling.</summary>
        private void CheckPropertyNamesOption(ObjectEntry option, string path, ResourceSchema schema)
        {
            var (known, kind) = option.Key switch
            {
                "additionalSecretOutputs" => (schema.Outputs, "output"),
                "ignoreChanges" or "replaceOnChanges" or "hideDiffs" => (schema.Inputs, "input"),
                _ => (null, ""),
            };
            if (known is null || option.Value is not ListExpr list)
            {
                return;
            }

            for (var i = 0; i < list.Items.Count; i++)
            {
                var name = list.Items[i] is StringExpr literal ? literal.Value.Split('.', '[')[0] : null;
                if (name is not null && name != "*" && !known.ContainsKey(name))
                {
                    _errors.Add(new SchemaError(PathText.Index(path, i), $"'{name}' is not an {kind} of {schema.Token}"));
                }
            }
        }

        /// <summary>Checks every reference and function call inside an expression.</summary>
        private void Walk(Expr expr, string path, StaticScope scope)
        {
            switch (expr)
            {
                case SymbolExpr symbol:
                    _references.Check(symbol.Access, path, scope, interpolated: false);
                    break;
                case InterpolateExpr interpolate:
                    foreach (var part in interpolate.Parts.Where(p => p.Access is not null))
                    {
                        _references.Check(part.Access!, path, scope, interpolated: true);
                    }

                    break;
                case InvokeExpr invoke:
                    ValidateInvoke(invoke, path + ".fn::invoke", scope);
                    return;
            }

            foreach (var (child, childPath) in ExprChildren.Of(expr, path))
            {
                Walk(child, childPath, scope);
            }
        }

        private void ValidateInvoke(InvokeExpr invoke, string path, StaticScope scope)
        {
            var arguments = invoke.Arguments ?? new ObjectExpr(invoke.Span, []);
            var argumentsPath = PathText.Property(path, "arguments");
            Walk(arguments, argumentsPath, scope);
            var function = _schemas.ResolveFunction(invoke.Function);
            if (function is null)
            {
                _errors.Add(new SchemaError(PathText.Property(path, "function"), $"unknown function '{invoke.Function}'"));
                return;
            }

            _checker.CheckFields(arguments, function.Inputs, function.RequiredInputs, function.Token, argumentsPath, scope, _errors);
            if (invoke.Return is { } returned && !function.Outputs.ContainsKey(returned))
            {
                _errors.Add(new SchemaError(PathText.Property(path, "return"),
                    $"{function.Token} has no output '{returned}' (outputs: {string.Join(", ", function.Outputs.Keys.Order(StringComparer.Ordinal))})"));
            }
            else if (invoke.Return is { } used && function.Outputs[used].DeprecationMessage is { } deprecation)
            {
                _errors.Add(new SchemaError(PathText.Property(path, "return"), ValueChecker.Deprecated(used, function.Token, deprecation)));
            }
        }
    }
}
