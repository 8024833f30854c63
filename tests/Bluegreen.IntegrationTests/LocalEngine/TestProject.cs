using System.Globalization;
using System.Runtime.Versioning;
using Bluegreen.IntegrationTests.Postgres;
using Bluegreen.Local.Contracts.Os;
using Bluegreen.Tests.Common;

namespace Bluegreen.IntegrationTests.LocalEngine;

/// <summary>The ports one test stack uses, all free when chosen.</summary>
internal sealed record TestPorts(int Production, int Test, int Admin, int Postgres, int InstanceBase)
{
    public const int InstanceRange = 12;

    public static TestPorts Pick()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var first = Random.Shared.Next(20000, 45000);
            if (Enumerable.Range(first, 3).Concat(Enumerable.Range(first + 10, InstanceRange)).All(PortProbe.IsFree))
            {
                return new TestPorts(first, first + 1, first + 2, FreePorts.ForCluster(), first + 10);
            }
        }

        throw new InvalidOperationException("No free block of ports between 20000 and 45000.");
    }
}

/// <summary>
/// A throw-away project folder under /tmp (short, so unix socket paths fit): a stack file <c>Pulumi.local.yaml</c>,
/// and links to the repository's <c>infra</c> sources and published apps so nothing is published twice.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class TestProject : IDisposable
{
    private const UnixFileMode Traversable =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    public TestProject(string repositoryRoot, TestPorts ports, int webCount = 2, int workerCount = 1, string? stateDirectory = null)
    {
        Ports = ports;
        var folder = Directory.CreateTempSubdirectory("bgl-");
        // PostgreSQL runs as another user when the tests run as root; it must be able to pass through.
        File.SetUnixFileMode(folder.FullName, Traversable);
        Path = folder.FullName;
        Directory.CreateSymbolicLink(System.IO.Path.Combine(Path, "infra"), System.IO.Path.Combine(repositoryRoot, "infra"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, ".bluegreen"));
        var apps = System.IO.Path.Combine(repositoryRoot, ".bluegreen", "apps");
        Directory.CreateDirectory(apps);
        Directory.CreateSymbolicLink(System.IO.Path.Combine(Path, ".bluegreen", "apps"), apps);
        File.WriteAllText(System.IO.Path.Combine(Path, "Pulumi.local.yaml"), StackFile(ports, webCount, workerCount, stateDirectory ?? ".bluegreen/local"));
    }

    public string Path { get; }

    public TestPorts Ports { get; }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    private static string StackFile(TestPorts ports, int webCount, int workerCount, string stateDirectory) => string.Create(CultureInfo.InvariantCulture, $"""
        config:
          bluegreen:activeColor: blue
          bluegreen:blueImageTag: 1.0.0
          bluegreen:engine: local
          bluegreen:greenImageTag: 1.0.0
          bluegreen:localAdminPort: {ports.Admin}
          bluegreen:localInstanceBasePort: {ports.InstanceBase}
          bluegreen:localPostgresPort: {ports.Postgres}
          bluegreen:localProductionPort: {ports.Production}
          bluegreen:localStateDirectory: {stateDirectory}
          bluegreen:localTestPort: {ports.Test}
          bluegreen:maxReplicaLagSeconds: 5
          bluegreen:webDesiredCount: {webCount}
          bluegreen:workerDesiredCount: {workerCount}

        """);
}
