using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Router.Routing;

/// <summary>Result of a switch request: done (possibly a no-op), or refused because another color is served.</summary>
internal sealed record SwitchOutcome(SwitchResult? Result, string? ConflictMessage);
