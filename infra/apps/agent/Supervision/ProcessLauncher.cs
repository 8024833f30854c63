using System.ComponentModel;
using Bluegreen.Agent.Os;
using Bluegreen.Local.Contracts.Agent;
using Bluegreen.Local.Contracts.Os;

namespace Bluegreen.Agent.Supervision;

/// <summary>
/// Starts the process of a spec after checking what would otherwise fail obscurely: the folder, the program, the port.
/// </summary>
internal sealed class ProcessLauncher(AgentFiles files)
{
    public LaunchResult Launch(ProcessSpec spec)
    {
        var workingDirectory = spec.WorkingDirectory ?? files.StateDirectory;
        if (!Directory.Exists(workingDirectory))
        {
            return new LaunchResult.NotStarted(
                $"workingDirectory \"{workingDirectory}\" does not exist; create it or fix the spec.", Permanent: true);
        }

        var searchPath = spec.Environment.TryGetValue("PATH", out var path) ? path : Environment.GetEnvironmentVariable("PATH");
        var program = ExecutableResolver.Resolve(spec.FileName, workingDirectory, searchPath, out var missing);
        if (program is null)
        {
            return new LaunchResult.NotStarted(missing!, Permanent: true);
        }

        if (spec.Port is { } port && !PortProbe.IsFree(port))
        {
            return new LaunchResult.NotStarted(
                $"port {port} on 127.0.0.1 is in use by another process; stop that process or give this one another port.",
                Permanent: false);
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(spec.LogFile)!);
            return new LaunchResult.Started(
                ChildProcess.Start(program, spec.Arguments, workingDirectory, spec.Environment, spec.LogFile));
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or Win32Exception)
        {
            return new LaunchResult.NotStarted($"could not start \"{program}\": {failure.Message}", Permanent: true);
        }
    }
}
