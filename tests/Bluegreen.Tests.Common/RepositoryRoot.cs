using Bluegreen.Stacks.Settings;

namespace Bluegreen.Tests.Common;

/// <summary>The checkout the tests run from: the nearest folder above the test binaries that holds the project.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } =
        ProjectFolder.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException($"No Pulumi.yaml or Infra.sln above {AppContext.BaseDirectory}.");
}
