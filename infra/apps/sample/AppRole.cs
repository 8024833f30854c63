namespace Bluegreen.SampleApp;

/// <summary>What this process does: serve requests behind the router, or run background jobs while its color is live.</summary>
internal enum AppRole
{
    Web,
    Worker,
}
