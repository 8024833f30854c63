namespace Bluegreen.Engines.Local.Postgres;

/// <summary>The role and database apps use, with the generated password from the cluster's password file.</summary>
internal static class AppDatabase
{
    /// <summary>Creates what is missing; a regenerated password file resets the role's password. True when it changed anything.</summary>
    public static async Task<bool> EnsureAsync(ClusterLayout layout, CancellationToken cancellationToken)
    {
        var (password, created) = PasswordFile.ReadOrCreate(layout.PasswordFile);
        await using var session = await AdminSession.OpenAsync(layout, layout.Primary, cancellationToken);
        var role = DatabaseConnectionStrings.AppRole;
        var database = DatabaseConnectionStrings.AppDatabase;
        var roleExists = await session.ScalarAsync<long>("select count(*) from pg_roles where rolname = @role", cancellationToken, ("role", role)) == 1;
        var databaseExists = await session.ScalarAsync<long>("select count(*) from pg_database where datname = @name", cancellationToken, ("name", database)) == 1;
        if (roleExists && databaseExists && !created)
        {
            return false;
        }

        if (!roleExists || created)
        {
            var verb = roleExists ? "alter" : "create";
            await session.ExecuteAsync($"{verb} role {role} login password '{ScramVerifier.Compute(password)}'", cancellationToken);
        }

        if (!databaseExists)
        {
            await session.ExecuteAsync($"create database {database} owner {role}", cancellationToken);
        }

        return true;
    }

    /// <summary>The app database's size on disk (the benchmark reports it).</summary>
    public static async Task<long> SizeAsync(ClusterLayout layout, CancellationToken cancellationToken)
    {
        await using var session = await AdminSession.OpenAsync(layout, layout.Primary, cancellationToken);
        return await session.ScalarAsync<long>("select pg_database_size(@name)", cancellationToken, ("name", DatabaseConnectionStrings.AppDatabase));
    }
}
