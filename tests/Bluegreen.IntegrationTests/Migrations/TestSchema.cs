using System.Runtime.Versioning;
using Bluegreen.Components;
using Bluegreen.IntegrationTests.Postgres;
using Npgsql;

namespace Bluegreen.IntegrationTests.Migrations;

/// <summary>
/// A fresh schema on the cluster's primary, first on the search path of every connection string handed out, so
/// migrations and the history table land in it; dropped on dispose.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class TestSchema : IAsyncDisposable
{
    private readonly string _appPrimary;

    private TestSchema(ClusterFixture cluster, string name)
    {
        Name = name;
        var connections = cluster.Cluster.ConnectionStrings();
        _appPrimary = connections.Primary;
        Primary = InSchema(connections.Primary);
        Blue = InSchema(connections.Replica(DeploymentColor.Blue));
        Green = InSchema(connections.Replica(DeploymentColor.Green));
        Database = NpgsqlDataSource.Create(Primary);
    }

    public string Name { get; }

    public string Primary { get; }

    public string Blue { get; }

    public string Green { get; }

    /// <summary>The primary, for the migrator.</summary>
    public NpgsqlDataSource Database { get; }

    public static async Task<TestSchema> CreateAsync(ClusterFixture cluster)
    {
        await cluster.Cluster.EnsureAllAsync(CancellationToken.None);
        var schema = new TestSchema(cluster, $"mig_{Guid.NewGuid():N}"[..16]);
        await Sql.ExecuteAsync(schema._appPrimary, $"create schema {schema.Name}");
        return schema;
    }

    /// <summary>Whether <paramref name="table"/> has <paramref name="column"/> on the server behind <paramref name="connectionString"/>.</summary>
    public async Task<bool> HasColumnAsync(string connectionString, string table, string column) =>
        await Sql.ScalarAsync<long>(connectionString,
            $"select count(*) from information_schema.columns where table_schema = '{Name}' and table_name = '{table}' and column_name = '{column}'") == 1;

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await Sql.ExecuteAsync(_appPrimary, $"drop schema {Name} cascade");
    }

    private string InSchema(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = Name }.ConnectionString;
}
