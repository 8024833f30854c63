using Bluegreen.Components;
using Bluegreen.Engines.Local.Postgres;

namespace Bluegreen.Tests.Engines.Local.Postgres;

public class InstanceSettingsTests
{
    [Fact]
    public void Render_Replica_GivesItsOwnPortNameAndSocketFolder()
    {
        var layout = ClusterLayout.Create("/srv/it's", 54320);

        var text = InstanceSettings.Render(layout.Replica(DeploymentColor.Blue), layout.RunDirectory);

        Assert.Equal(
            """
            # Written by bluegreen; rewritten whenever the instance is ensured.
            cluster_name = 'replica-blue'
            listen_addresses = '127.0.0.1'
            port = 54321
            unix_socket_directories = '/srv/it''s/pg/run'
            wal_level = replica
            max_wal_senders = 10
            max_replication_slots = 10
            hot_standby = on
            wal_keep_size = '256MB'
            max_slot_wal_keep_size = '2GB'
            shared_buffers = '32MB'

            """,
            text);
    }

    [Fact]
    public void HostBasedAccess_AllowsTcpOnlyWithPasswordOnLoopback()
    {
        var rules = InstanceSettings.HostBasedAccess.Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();

        Assert.Equal(
            ["local all all trust", "local replication all trust", "host all all 127.0.0.1/32 scram-sha-256"],
            rules);
    }
}
