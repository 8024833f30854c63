using CliWrap;
using CliWrap.Buffered;

namespace Bluegreen.Engines.Local.Artifacts;

/// <summary><c>dotnet publish &lt;project&gt; -c Release -o &lt;folder&gt;</c>: framework-dependent, run as <c>dotnet &lt;App&gt;.dll</c>.</summary>
internal sealed class DotnetPublisher : IAppPublisher
{
    /// <summary>Set by a surrounding build or test run; inherited, they would point the nested build at the wrong MSBuild.</summary>
    private static readonly string[] InheritedBuildVariables =
        ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly"];

    public async Task<PublishOutcome> PublishAsync(string projectFile, string outputDirectory, CancellationToken cancellationToken)
    {
        var result = await CliWrap.Cli.Wrap(DotnetHost.Path)
            .WithArguments(["publish", projectFile, "-c", "Release", "-o", outputDirectory, "-nologo"])
            .WithEnvironmentVariables(variables =>
            {
                foreach (var name in InheritedBuildVariables)
                {
                    variables.Set(name, null);
                }
            })
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(cancellationToken);
        return new PublishOutcome(result.ExitCode, result.StandardOutput + result.StandardError);
    }
}
