using System.Diagnostics;
using Bluegreen.Engines.Local.Agent;
using Bluegreen.Engines.Local.Observation;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Engines.Local.Topology;
using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.Engines.Local.Reconcile;

/// <summary>What <c>down</c> stops: the agent with the router and every instance, leftovers of the stack, then PostgreSQL. Data stays.</summary>
internal sealed class StackShutdown(LocalStackContext stack)
{
    private static readonly TimeSpan AgentExitTimeout = TimeSpan.FromSeconds(10);

    /// <param name="stopped">Receives a line per part that was running and is now stopped.</param>
    public async Task StopAsync(List<string> stopped, CancellationToken cancellationToken)
    {
        using (var agent = await new AgentLauncher(stack.Time).ConnectAsync(stack.Folder.Path, cancellationToken))
        {
            if (agent is not null)
            {
                var processes = await agent.ShutdownAsync(cancellationToken);
                await WaitExitAsync(agent.Endpoint.Pid, cancellationToken);
                stopped.Add($"the process agent (pid {agent.Endpoint.Pid}) and its {processes.Processes.Count} process(es)");
            }
        }

        var strays = MarkedProcesses.WithEnvironment(ProcessSpecs.StateMarker, stack.Folder.Path);
        if (strays.Count > 0)
        {
            await StrayProcesses.StopAsync(strays, cancellationToken);
            stopped.Add($"{strays.Count} unsupervised process(es) of the stack");
        }

        var database = await new ClusterObserver(stack.DatabaseLayout).ObserveAsync(cancellationToken);
        var running = new[] { database.Primary }.Concat(database.Replicas.Select(replica => replica.Instance)).Count(server => server.Running);
        if (running > 0)
        {
            await stack.OpenDatabase().StopAllAsync(cancellationToken);
            stopped.Add($"{running} PostgreSQL server(s)");
        }
    }

    private static async Task WaitExitAsync(int pid, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (ProcessTable.IsAlive(pid) && clock.Elapsed < AgentExitTimeout)
        {
            await Task.Delay(20, cancellationToken);
        }
    }
}
