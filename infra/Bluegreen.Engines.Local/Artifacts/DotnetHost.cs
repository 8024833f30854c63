namespace Bluegreen.Engines.Local.Artifacts;

/// <summary>The <c>dotnet</c> host that runs published apps: the one running this process when there is one.</summary>
internal static class DotnetHost
{
    public static string Path { get; } =
        System.IO.Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}
