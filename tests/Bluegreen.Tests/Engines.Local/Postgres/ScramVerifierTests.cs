using Bluegreen.Engines.Local.Postgres;

namespace Bluegreen.Tests.Engines.Local.Postgres;

public class ScramVerifierTests
{
    [Fact]
    public void Compute_MatchesTheVerifierPostgreSqlStoresForTheSameSalt()
    {
        // Stored by PostgreSQL 15 for CREATE ROLE x PASSWORD 'pencil' (pg_authid.rolpassword).
        const string stored = "SCRAM-SHA-256$4096:z6VNtIYmGP6vJuawQZzxZw==$+l9gay2vuz0E1lrblOn2Ll4B176vYtxVjYRJFRg8fAo=:c1dYVc7qq1+4Cck0QBEzzHqsHYDNQJdQrStZuJ9aFiU=";

        var computed = ScramVerifier.Compute("pencil", Convert.FromBase64String("z6VNtIYmGP6vJuawQZzxZw=="), 4096);

        Assert.Equal(stored, computed);
    }

    [Fact]
    public void Compute_UsesAFreshSaltEachTime()
    {
        var first = ScramVerifier.Compute("pencil");
        var second = ScramVerifier.Compute("pencil");

        Assert.StartsWith("SCRAM-SHA-256$4096:", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
    }
}
