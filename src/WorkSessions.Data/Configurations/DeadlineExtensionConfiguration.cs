using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Tasks;

namespace WorkSessions.Data.Configurations;

internal sealed class DeadlineExtensionConfiguration : IEntityTypeConfiguration<DeadlineExtension>
{
    public void Configure(EntityTypeBuilder<DeadlineExtension> builder)
    {
        builder.Property(e => e.Reason).HasMaxLength(4000);
        builder.Property(e => e.RequestedBy).HasMaxLength(100);
        builder.Property(e => e.DecidedBy).HasMaxLength(100);
        builder.Property(e => e.DecisionNote).HasMaxLength(4000);
        builder.HasIndex(e => new { e.FollowUpTaskId, e.Status });
    }
}
