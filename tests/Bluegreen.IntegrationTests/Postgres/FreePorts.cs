using Bluegreen.Local.Contracts.Os;

namespace Bluegreen.IntegrationTests.Postgres;

internal static class FreePorts
{
    /// <summary>A port such that it and the next two are free on 127.0.0.1 now (primary, blue and green replica).</summary>
    public static int ForCluster()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var port = Random.Shared.Next(50000, 60000);
            if (Enumerable.Range(port, 3).All(PortProbe.IsFree))
            {
                return port;
            }
        }

        throw new InvalidOperationException("No three consecutive free ports between 50000 and 60000.");
    }
}
