using Bluegreen.Engines;
using Bluegreen.Engines.Local.Status;

namespace Bluegreen.IntegrationTests.LocalEngine;

internal static class StatusResults
{
    /// <summary>The local engine's details of a status: what <c>status --json</c> prints under "local".</summary>
    public static LocalStackStatus Local(this StatusResult status) =>
        Assert.IsType<LocalStackStatus>(status.Details);
}
