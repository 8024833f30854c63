namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>Pulumi printed something that does not have the documented shape, so it cannot be interpreted safely.</summary>
internal sealed class PulumiOutputException(string message, Exception? inner = null) : Exception(message, inner);
