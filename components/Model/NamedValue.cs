namespace Bluegreen.Components.Model;

/// <summary>An entry of <c>variables:</c> or <c>outputs:</c>.</summary>
public sealed record NamedValue(string Name, Expr Value)
{
    public Reference Ref => new(Name);
}
