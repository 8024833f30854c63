namespace Bluegreen.Components.Validation;

/// <summary>Checks one concern of an app's shape and reports every problem, each saying how to fix it.</summary>
public interface IAppShapeValidator
{
    IEnumerable<string> Validate(AppDefinition app);
}
