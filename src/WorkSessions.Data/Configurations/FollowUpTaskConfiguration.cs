using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Tasks;

namespace WorkSessions.Data.Configurations;

internal sealed class FollowUpTaskConfiguration : IEntityTypeConfiguration<FollowUpTask>
{
    public void Configure(EntityTypeBuilder<FollowUpTask> builder)
    {
        builder.Property(t => t.ExpectedOutput).HasMaxLength(1000);
        builder.Property(t => t.CoordinatingGroup).HasMaxLength(300);
        builder.Ignore(t => t.IsOpen);
        builder.Ignore(t => t.IsDoneOnTime);
        builder.HasOne(t => t.LeadUnit).WithMany().HasForeignKey(t => t.LeadUnitId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(t => t.CoordinatingUnits).WithOne().HasForeignKey(c => c.FollowUpTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.CoordinatingUnits).HasField("_coordinatingUnits");
        builder.HasMany(t => t.Updates).WithOne().HasForeignKey(u => u.FollowUpTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Updates).HasField("_updates");
        builder.HasMany(t => t.Extensions).WithOne().HasForeignKey(e => e.FollowUpTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Extensions).HasField("_extensions");
        builder.HasMany(t => t.Reviews).WithOne().HasForeignKey(r => r.FollowUpTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Reviews).HasField("_reviews");

        // The register's default order as one column the database keeps (not stored, so adding it
        // rewrites no rows): 0 open with a deadline, 1 open without, 2 finished with, 3 finished without.
        // The same SQL reads in SQLite and SQL Server.
        builder.Property<int>(FollowUpTaskColumns.AttentionGroup)
            .HasComputedColumnSql("(CASE WHEN State IN ('Done', 'Suspended') THEN 2 ELSE 0 END) + (CASE WHEN CurrentDeadline IS NULL THEN 1 ELSE 0 END)", stored: false);
        builder.HasIndex(FollowUpTaskColumns.AttentionGroup, nameof(FollowUpTask.CurrentDeadline), nameof(FollowUpTask.Id));

        // The dashboard counts a period's tasks by unit from this index alone, without reading the rows.
        builder.HasIndex(t => new { t.AssignedOn, t.LeadUnitId, t.State, t.OriginalDeadline, t.CurrentDeadline, t.CompletedOn });

        // The task lists filter by unit, state and deadline; the dashboard counts by original deadline.
        builder.HasIndex(t => new { t.LeadUnitId, t.State, t.CurrentDeadline });
        builder.HasIndex(t => new { t.State, t.CurrentDeadline });
        builder.HasIndex(t => t.OriginalDeadline);
        // Covering for the lists narrowed by field or session (tasks found by directive id): the count
        // and the deadline order are read from the index without visiting the rows.
        builder.HasIndex(t => new { t.DirectiveId, t.IsDeleted, t.CurrentDeadline });
    }
}

/// <summary>Columns of the task table that the domain does not hold, for queries that order by them.</summary>
public static class FollowUpTaskColumns
{
    public const string AttentionGroup = "AttentionGroup";
}
