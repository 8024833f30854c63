namespace Bluegreen.Components.Validation;

/// <summary>Each web service needs three rules per listener (a header rule per color and a routing rule).</summary>
internal sealed class ListenerCapacityValidator : IAppShapeValidator
{
    /// <summary>The default ALB quota of rules per listener, not counting the default action.</summary>
    public const int RulesPerListener = 100;

    public const int RulesPerWebService = 3;

    public IEnumerable<string> Validate(AppDefinition app)
    {
        var webServices = app.WebServices.Count();
        if (webServices * RulesPerWebService > RulesPerListener)
        {
            yield return $"The app has {webServices} web services; each needs {RulesPerWebService} rules per listener and a load balancer listener holds {RulesPerListener} by default, so at most {RulesPerListener / RulesPerWebService}. Merge web services or make some workers.";
        }
    }
}
