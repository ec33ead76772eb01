using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Tasks;

namespace WorkSessions.Data.Configurations;

internal sealed class FollowUpTaskConfiguration : IEntityTypeConfiguration<FollowUpTask>
{
    public void Configure(EntityTypeBuilder<FollowUpTask> builder)
    {
        builder.Property(t => t.ExpectedOutput).HasMaxLength(1000);
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

        // The task lists filter by unit, state and deadline; the dashboard counts by original deadline.
        builder.HasIndex(t => new { t.LeadUnitId, t.State, t.CurrentDeadline });
        builder.HasIndex(t => new { t.State, t.CurrentDeadline });
        builder.HasIndex(t => t.OriginalDeadline);
        builder.HasIndex(t => t.DirectiveId);
    }
}
