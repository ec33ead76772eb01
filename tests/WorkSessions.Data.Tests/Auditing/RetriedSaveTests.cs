using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using WorkSessions.Data.Auditing;
using WorkSessions.Domain.Auditing;
using WorkSessions.Domain.Units;

namespace WorkSessions.Data.Tests.Auditing;

/// <summary>
/// A save that the execution strategy retries after its commit failed (what SQL Server's retrying
/// strategy does on a transient error) is written once, with its audit row: the first attempt's
/// changes were rolled back, so the second attempt must still hold them.
/// </summary>
public class RetriedSaveTests
{
    [Fact]
    public async Task A_save_retried_after_a_failed_commit_writes_the_row_and_its_audit_once()
    {
        await using var database = await TestDatabase.MigratedAsync();
        var commit = new FailFirstCommit();
        var options = new DbContextOptionsBuilder<WorkSessionsDbContext>()
            .UseSqlite($"Data Source={database.FilePath}", o => o.ExecutionStrategy(d => new RetryOnFailedCommit(d)))
            .AddInterceptors(commit)
            .Options;
        var unit = NamDinh.TrucNinh();
        int auditBefore;
        await using (var before = await database.CreateContextAsync())
        {
            auditBefore = await before.AuditEntries.CountAsync();
        }

        await using (var db = new WorkSessionsDbContext(options, database.GetRequiredService<ChangeRecorder>()))
        {
            db.Units.Add(unit);
            await db.SaveChangesAsync();

            commit.Attempts.ShouldBe(2, "the first commit failed and the strategy tried again");
            db.Entry(unit).State.ShouldBe(EntityState.Unchanged, "accepted once committed");
        }

        await using var check = await database.CreateContextAsync();
        var id = unit.Id.ToString(CultureInfo.InvariantCulture);
        (await check.Units.CountAsync(u => u.Name == unit.Name)).ShouldBe(1);
        (await check.AuditEntries.CountAsync(a => a.EntityType == nameof(Unit) && a.EntityId == id && a.Action == AuditAction.Created)).ShouldBe(1);
        (await check.AuditEntries.CountAsync()).ShouldBe(auditBefore + 1, "no audit row of the failed attempt is left");
    }

    /// <summary>The first commit fails before it reaches the database, as a dropped connection would make it.</summary>
    private sealed class FailFirstCommit : DbTransactionInterceptor
    {
        public int Attempts { get; private set; }

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            Attempts++;
            return Attempts == 1 ? throw new TransientCommitFailure() : ValueTask.FromResult(result);
        }
    }

    private sealed class TransientCommitFailure() : Exception("The commit failed; try again.");

    /// <summary>Retries once, at once, when the commit failed: the shape of a retrying strategy, without its waits.</summary>
    private sealed class RetryOnFailedCommit(ExecutionStrategyDependencies dependencies) : ExecutionStrategy(dependencies, maxRetryCount: 1, maxRetryDelay: TimeSpan.Zero)
    {
        protected override bool ShouldRetryOn(Exception exception) => exception is TransientCommitFailure;
    }
}
