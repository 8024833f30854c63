using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Ssm;

/// <summary>
/// The SSM parameter that publishes which color is live. Workers of both colors read it and run background jobs only
/// while it names their own color, so a flip changes this value and no task definition.
/// </summary>
public sealed class ActiveColorParameter
{
    public const string Name = "activeColorParameter";

    public ActiveColorParameter(Expr parameterName, Expr activeColor)
    {
        var parameter = new Resource(Name, TypeTokens.SsmParameter, Expr.Map(
            ("name", parameterName),
            ("description", "The color that takes production traffic; workers run jobs only in this color"),
            ("type", "String"),
            // The provider's schema marks the value secret, so Pulumi stores it as one either way; saying so keeps the
            // program honest about what state and previews show.
            ("value", Fn.Secret(activeColor))),
            new ResourceOptions { DeleteBeforeReplace = true });
        Resources = [parameter];
        ParameterName = parameter.Output("name");
        Arn = parameter.Output("arn");
    }

    public IReadOnlyList<Resource> Resources { get; }

    public Expr ParameterName { get; }

    public Expr Arn { get; }
}
