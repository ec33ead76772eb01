using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Tasks;

namespace WorkSessions.Data.Configurations;

internal sealed class TaskCoordinatingUnitConfiguration : IEntityTypeConfiguration<TaskCoordinatingUnit>
{
    public void Configure(EntityTypeBuilder<TaskCoordinatingUnit> builder)
    {
        builder.HasKey(c => new { c.FollowUpTaskId, c.UnitId });
        builder.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.UnitId);
    }
}
