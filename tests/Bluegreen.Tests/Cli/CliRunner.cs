using System.CommandLine;
using Bluegreen.Cli;

namespace Bluegreen.Tests.Cli;

/// <summary>Runs a command line through the real root command and captures what it printed.</summary>
internal static class CliRunner
{
    public static async Task<CliRun> RunAsync(CliServices services, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await RootCommandFactory.Create(services).Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CliRun(int ExitCode, string Output, string Error);
