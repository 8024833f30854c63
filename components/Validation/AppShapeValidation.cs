namespace Bluegreen.Components.Validation;

/// <summary>Runs every app-shape validator and returns all their problems (empty when the app is fine).</summary>
public static class AppShapeValidation
{
    private static readonly IAppShapeValidator[] Validators =
    [
        new NameValidator(),
        new ServiceSettingsValidator(),
        new PathValidator(),
        new ListenerCapacityValidator(),
    ];

    public static IReadOnlyList<string> Validate(AppDefinition app) => [.. Validators.SelectMany(v => v.Validate(app))];
}
