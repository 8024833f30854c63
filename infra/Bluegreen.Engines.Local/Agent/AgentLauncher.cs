using System.Diagnostics;
using System.Text.Json;
using Bluegreen.Engines.Local.Artifacts;
using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.Engines.Local.Agent;

/// <summary>
/// Finds the process agent of a state folder, or starts one that outlives the command line (its own session,
/// output to <c>agent/agent.log</c>) and waits until it answers.
/// </summary>
internal sealed class AgentLauncher(TimeProvider? time = null)
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Exit code of an agent that found another agent already supervising the folder.</summary>
    private const int AnotherAgentRuns = 3;

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>A client for the running agent, or null when none answers (no endpoint file, or a stale one).</summary>
    public async Task<AgentClient?> ConnectAsync(string stateDirectory, CancellationToken cancellationToken)
    {
        var endpoint = ReadEndpoint(new AgentFiles(stateDirectory));
        if (endpoint is null)
        {
            return null;
        }

        var client = new AgentClient(endpoint, _time);
        if (await client.PingAsync(PingTimeout, cancellationToken))
        {
            return client;
        }

        client.Dispose();
        return null;
    }

    /// <param name="stateDirectory">The stack's state folder.</param>
    /// <param name="agentDll">The published <c>Bluegreen.Agent.dll</c> (see <see cref="AppArtifacts"/>).</param>
    /// <param name="progress">Told once when a new agent has to be started.</param>
    public async Task<AgentClient> EnsureRunningAsync(
        string stateDirectory,
        string agentDll,
        Action<string>? progress,
        CancellationToken cancellationToken)
    {
        if (await ConnectAsync(stateDirectory, cancellationToken) is { } running)
        {
            return running;
        }

        var files = new AgentFiles(stateDirectory);
        progress?.Invoke($"starting the process agent for {stateDirectory}");
        CreateOwnerOnlyDirectory(files.Directory);
        using var agent = StartDetached(files, agentDll);
        var deadline = _time.GetUtcNow() + StartTimeout;
        while (_time.GetUtcNow() < deadline)
        {
            if (await ConnectAsync(stateDirectory, cancellationToken) is { } started)
            {
                return started;
            }

            // An agent that lost the race to another one exits; the winner's endpoint appears shortly.
            if (agent.HasExited && agent.ExitCode != AnotherAgentRuns)
            {
                throw new StackFailureException(
                    StackError.UnexpectedError,
                    $"The process agent exited with code {agent.ExitCode} while starting; {files.Log} says why.",
                    TailOf(files.Log));
            }

            await Task.Delay(PollInterval, _time, cancellationToken);
        }

        throw new StackFailureException(
            StackError.Timeout,
            $"The process agent did not answer within {StartTimeout.TotalSeconds:0} s; {files.Log} says why.",
            TailOf(files.Log));
    }

    private static AgentEndpoint? ReadEndpoint(AgentFiles files)
    {
        try
        {
            return JsonSerializer.Deserialize<AgentEndpoint>(File.ReadAllText(files.Endpoint), AgentJson.Options);
        }
        catch (Exception unusable) when (unusable is IOException or JsonException or UnauthorizedAccessException)
        {
            // Missing, half-removed or from an older version: treated as "no agent", and a new one overwrites it.
            return null;
        }
    }

    /// <summary>
    /// <c>setsid</c> puts the agent in its own session so a terminal hang-up or a signal to the command line's
    /// process group does not reach it; the shell sets up the redirections and then becomes <c>setsid</c>.
    /// </summary>
    private static Process StartDetached(AgentFiles files, string agentDll)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = files.StateDirectory };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec setsid \"$0\" \"$1\" --state \"$2\" >>\"$3\" 2>&1 </dev/null");
        start.ArgumentList.Add(DotnetHost.Path);
        start.ArgumentList.Add(agentDll);
        start.ArgumentList.Add(files.StateDirectory);
        start.ArgumentList.Add(files.Log);
        return Process.Start(start)
            ?? throw new StackFailureException(StackError.UnexpectedError, $"Could not start the process agent ({agentDll}).");
    }

    private static void CreateOwnerOnlyDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static List<string> TailOf(string logFile) =>
        File.Exists(logFile) ? File.ReadLines(logFile).TakeLast(10).ToList() : [];
}
