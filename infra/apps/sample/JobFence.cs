using System.Text;
using Npgsql;

namespace Bluegreen.SampleApp;

/// <summary>What happened to one attempt at a job's slot.</summary>
internal enum FenceOutcome
{
    /// <summary>This worker ran the job and recorded the slot, in one transaction.</summary>
    Ran,

    /// <summary>Another worker held the job's lock at that moment; nothing ran here.</summary>
    Busy,

    /// <summary>Another worker had already run this slot; nothing ran here.</summary>
    AlreadyDone,
}

/// <summary>
/// Runs a job at most once per slot across every worker of both colors. During a flip both colors may believe they
/// lead for a few seconds (the active-color parameter changes mid-update, the old production rule goes only at its end),
/// so a worker's own view of the active color cannot keep a job from running twice; PostgreSQL can. Each attempt opens a
/// transaction, takes <c>pg_try_advisory_xact_lock</c> on the job (so two workers never run it at the same time),
/// claims the slot in <c>job_runs</c> (whose primary key refuses a second claim) and does the job's writes in the
/// same transaction: the claim and the work commit together or not at all, and the lock ends with the transaction.
/// </summary>
internal sealed class JobFence(NpgsqlDataSource primary)
{
    public const string Schema = """
        CREATE TABLE IF NOT EXISTS job_runs (
            job text NOT NULL,
            slot bigint NOT NULL,
            color text NOT NULL,
            instance text NOT NULL,
            at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (job, slot));
        """;

    public async Task<FenceOutcome> RunOnceAsync(
        string job, long slot, AppIdentity identity, Func<NpgsqlConnection, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await using var connection = await primary.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var locking = new NpgsqlCommand("SELECT pg_try_advisory_xact_lock($1)", connection, transaction))
        {
            locking.Parameters.Add(new NpgsqlParameter { Value = LockKey(job) });
            if (await locking.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return FenceOutcome.Busy;
            }
        }

        await using (var claim = new NpgsqlCommand(
            "INSERT INTO job_runs (job, slot, color, instance) VALUES ($1, $2, $3, $4) ON CONFLICT (job, slot) DO NOTHING", connection, transaction))
        {
            claim.Parameters.Add(new NpgsqlParameter { Value = job });
            claim.Parameters.Add(new NpgsqlParameter { Value = slot });
            claim.Parameters.Add(new NpgsqlParameter { Value = identity.Color });
            claim.Parameters.Add(new NpgsqlParameter { Value = identity.Instance });
            if (await claim.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return FenceOutcome.AlreadyDone;
            }
        }

        await work(connection, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return FenceOutcome.Ran;
    }

    /// <summary>The advisory lock key of a job: FNV-1a over its name, the same number in every process and release.</summary>
    public static long LockKey(string job)
    {
        var hash = 14695981039346656037UL;
        foreach (var octet in Encoding.UTF8.GetBytes("bluegreen-job:" + job))
        {
            hash = (hash ^ octet) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
