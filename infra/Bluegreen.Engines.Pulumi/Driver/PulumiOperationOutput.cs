namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>What a preview, refresh, up or destroy printed with <c>--json</c>, in one shape whichever format it used.</summary>
/// <param name="HasJson">False when standard output held no JSON at all, e.g. the CLI failed before the engine ran.</param>
/// <param name="Result">The event stream's final summary result (succeeded, failed, canceled); null for a preview digest.</param>
internal sealed record PulumiOperationOutput(
    bool HasJson,
    IReadOnlyList<PulumiStep> Steps,
    IReadOnlyList<PulumiDiagnostic> Diagnostics,
    string? Result)
{
    public static readonly PulumiOperationOutput None = new(false, [], [], null);

    public IEnumerable<PulumiDiagnostic> Errors => Diagnostics.Where(diagnostic => diagnostic.IsError);

    /// <summary>Steps that change something, without the root Stack resource.</summary>
    public IEnumerable<PulumiStep> Changes =>
        Steps.Where(step => PulumiOps.Changes(step.Op) && !step.Urn.IsRootStack);

    /// <summary>The first error message, for a one-line reason.</summary>
    public string? FirstError => Errors.Select(error => error.Message).FirstOrDefault();
}
