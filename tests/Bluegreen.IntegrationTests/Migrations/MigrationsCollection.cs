using Bluegreen.IntegrationTests.Postgres;

namespace Bluegreen.IntegrationTests.Migrations;

/// <summary>The migration tests share one real cluster (primary and both replicas); each test works in a schema of its own.</summary>
[CollectionDefinition(Name)]
public sealed class MigrationsCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "migrations";
}
