using Bluegreen.Components;
using Bluegreen.Migrations.History;
using Bluegreen.Migrations.Model;
using Bluegreen.Migrations.Rules;
using Bluegreen.Migrations.Running;
using Npgsql;

namespace Bluegreen.Migrations;

/// <summary>
/// The schema side of every verb, over the primary database: read the history, apply what the phase rules allow,
/// and answer the checks. Replicas receive the changes by streaming.
/// </summary>
public sealed class SchemaMigrator(NpgsqlDataSource primary, TimeProvider time, Action<string>? progress = null)
{
    public Task<SchemaHistory> ReadHistoryAsync(CancellationToken cancellationToken) => SchemaHistoryReader.ReadAsync(primary, cancellationToken);

    /// <summary>
    /// The release's schema step, before its version reaches the idle color: applies the pending expands of
    /// <paramref name="set"/>, never a contract. A failure leaves production untouched and the release must stop.
    /// </summary>
    public async Task<MigrationRunResult> ApplyReleaseExpandsAsync(MigrationSet set, MigrationRun run, CancellationToken cancellationToken)
    {
        var history = await ReadHistoryAsync(cancellationToken);
        return await new MigrationRunner(primary, progress).ApplyAsync(ReleaseMigrations.PendingExpands(set, history), run, cancellationToken);
    }

    /// <summary><c>migrate contract</c>: runs the pending contracts when <see cref="ContractRules"/> allows it now, and nothing otherwise.</summary>
    /// <param name="run">The newest release's version (whose folder holds the contracts) and who runs them; the forced reason is filled in here.</param>
    public async Task<ContractOutcome> ApplyContractsAsync(ContractRequest request, MigrationRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(run);
        var history = await ReadHistoryAsync(cancellationToken);
        var decision = ContractRules.Decide(request, history, time.GetUtcNow());
        if (!decision.Allowed || decision.Contracts.Count == 0)
        {
            return new ContractOutcome(decision, null);
        }

        var forced = run with { ForcedReason = decision.ForcedReason };
        return new ContractOutcome(decision, await new MigrationRunner(primary, progress).ApplyAsync(decision.Contracts, forced, cancellationToken));
    }

    /// <summary>Switch, rollback and release --abort ask this before moving traffic to <paramref name="color"/>; null means go ahead.</summary>
    public async Task<Refusal?> CheckTrafficAsync(string operation, DeploymentColor color, AppVersion version, CancellationToken cancellationToken) =>
        SchemaCompatibility.CheckTraffic(operation, color, version, await ReadHistoryAsync(cancellationToken));

    /// <summary>Deploy and release ask this before starting <paramref name="version"/> on <paramref name="color"/>; null means go ahead.</summary>
    public async Task<Refusal?> CheckDeployAsync(DeploymentColor color, AppVersion version, CancellationToken cancellationToken) =>
        SchemaCompatibility.CheckDeploy(color, version, await ReadHistoryAsync(cancellationToken));

    public async Task<SchemaStatus> StatusAsync(MigrationSet set, CancellationToken cancellationToken) =>
        SchemaStatus.Of(set, await ReadHistoryAsync(cancellationToken));

    public async Task<IReadOnlyList<SchemaDriftFinding>> DriftAsync(
        MigrationSet set, AppVersion shippedWith, IReadOnlyList<RunningColor> running, CancellationToken cancellationToken) =>
        SchemaDrift.Find(set, shippedWith, await ReadHistoryAsync(cancellationToken), running);
}

/// <summary>The decision, and the run when the decision allowed one.</summary>
public sealed record ContractOutcome(ContractDecision Decision, MigrationRunResult? Run);
