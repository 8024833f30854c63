using Bluegreen.Tests.Common;

namespace Bluegreen.IntegrationTests.Routing;

/// <summary>The published-style outputs of the router and load generator, built with the same configuration as the tests.</summary>
internal static class AppBinaries
{
    public static string Router => Find("router", "Bluegreen.Router.dll");

    public static string LoadGen => Find("loadgen", "Bluegreen.LoadGen.dll");

    /// <summary>The sample app's build output, which also holds its migrations folder.</summary>
    public static string SampleApp => Find("sample", "Bluegreen.SampleApp.dll");

    private static string Find(string app, string dll)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var path = Path.Combine(RepositoryRoot.Path, "infra", "apps", app, "bin", configuration, framework, dll);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{path} is missing; build the solution (dotnet build Infra.sln -c {configuration}) first.");
    }
}
