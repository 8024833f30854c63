using System.Globalization;
using Bluegreen.Components;
using Bluegreen.Engines.Local.Drift;
using Bluegreen.Engines.Local.Observation;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Engines.Local.Topology;

namespace Bluegreen.Engines.Local.Drill;

/// <summary>
/// The verify phase of a drill: the rebuilt color answers through the test listener, its replica streams and has
/// caught up, every instance runs the intended version, and the colors are at parity.
/// </summary>
internal sealed class DrillVerifier(LocalStackContext stack, DesiredStack desired, DeploymentColor color, TimeSpan catchUpTimeout)
{
    public const string ServedByHeader = "X-Served-By";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly List<string> _passed = [];

    /// <summary>What the checks found when none failed.</summary>
    public string Summary => string.Join("; ", _passed);

    public async Task<IReadOnlyList<string>> ProblemsAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        problems.AddRange(await TestListenerAsync(cancellationToken));
        problems.AddRange(await ReplicaAsync(cancellationToken));
        problems.AddRange(await VersionsAsync(cancellationToken));
        var parity = ParityFindings.For(desired);
        if (parity.Count > 0)
        {
            problems.Add($"blue and green differ: {string.Join(", ", parity.Select(f => $"{f.Resource} {f.Field}"))}");
        }
        else
        {
            _passed.Add("blue and green at parity");
        }

        return problems;
    }

    private async Task<IEnumerable<string>> TestListenerAsync(CancellationToken cancellationToken)
    {
        var web = desired.InstancesOf(color).Count(slot => slot.IsWeb);
        if (web == 0)
        {
            return [];
        }

        var requests = Math.Max(4, 2 * web);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };
        var url = new Uri($"http://127.0.0.1:{desired.Local.TestPort}/");
        var wrong = new List<string>();
        for (var i = 0; i < requests; i++)
        {
            try
            {
                using var response = await http.GetAsync(url, cancellationToken);
                var servedBy = response.Headers.TryGetValues(ServedByHeader, out var values) ? values.First() : "(no header)";
                if (!response.IsSuccessStatusCode || !servedBy.StartsWith(color.Name() + "/", StringComparison.Ordinal))
                {
                    wrong.Add($"{(int)response.StatusCode} from {servedBy}");
                }
            }
            catch (HttpRequestException failure)
            {
                wrong.Add(failure.Message);
            }
        }

        if (wrong.Count > 0)
        {
            return [$"{wrong.Count} of {requests} requests through the test listener were not answered by {color.Name()}: {string.Join(", ", wrong.Distinct())}"];
        }

        _passed.Add(Invariant($"{requests} requests through the test listener all answered by {color.Name()}"));
        return [];
    }

    private async Task<IEnumerable<string>> ReplicaAsync(CancellationToken cancellationToken)
    {
        var observer = new ClusterObserver(stack.DatabaseLayout);
        var deadline = stack.Time.GetUtcNow() + catchUpTimeout;
        ReplicaStatus replica;
        while (true)
        {
            replica = (await observer.ObserveAsync(cancellationToken)).Replica(color);
            if (replica.Streaming && replica.ReplayLagBytes == 0)
            {
                _passed.Add($"{replica.Instance.Name} streaming and caught up");
                return [];
            }

            if (stack.Time.GetUtcNow() >= deadline)
            {
                break;
            }

            await Task.Delay(PollInterval, stack.Time, cancellationToken);
        }

        return [replica.Streaming
            ? Invariant($"{replica.Instance.Name} is still {replica.ReplayLagBytes} bytes behind the primary after {catchUpTimeout.TotalSeconds:0} s")
            : $"{replica.Instance.Name} is not streaming from the primary"];
    }

    private async Task<IEnumerable<string>> VersionsAsync(CancellationToken cancellationToken)
    {
        var version = desired.Intent.ImageTag(color);
        var instances = desired.InstancesOf(color).ToList();
        var identities = await InstanceProbe.IdentitiesAsync(instances, cancellationToken);
        var wrong = instances
            .Where(slot => identities.GetValueOrDefault(slot.Id)?.Version != version)
            .Select(slot => $"{slot.Id} runs {identities.GetValueOrDefault(slot.Id)?.Version ?? "(no answer)"}")
            .ToList();
        if (wrong.Count > 0)
        {
            return [$"not on version {version}: {string.Join(", ", wrong)}"];
        }

        _passed.Add(Invariant($"all {instances.Count} instance(s) run {version}"));
        return [];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
