namespace Bluegreen.Components.Validation;

/// <summary>
/// The test listener holds the most rules: per web service a header rule per color and the idle color's routing rule,
/// plus, while a flip runs, the new routing rule next to the old one (Pulumi deletes the replaced rule last).
/// </summary>
internal sealed class ListenerCapacityValidator : IAppShapeValidator
{
    /// <summary>The default ALB quota of rules per listener, not counting the default action.</summary>
    public const int RulesPerListener = 100;

    public const int RulesPerWebService = 4;

    public IEnumerable<string> Validate(AppDefinition app)
    {
        var webServices = app.WebServices.Count();
        if (webServices * RulesPerWebService > RulesPerListener)
        {
            yield return $"The app has {webServices} web services; each needs {RulesPerWebService} rules per listener and a load balancer listener holds {RulesPerListener} by default, so at most {RulesPerListener / RulesPerWebService}. Merge web services or make some workers.";
        }
    }
}
