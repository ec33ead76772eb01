using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Tasks;

namespace WorkSessions.Data.Configurations;

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        builder.Property(u => u.Narrative).HasMaxLength(8000);
        builder.Property(u => u.ReportedBy).HasMaxLength(100);
        builder.Property(u => u.OutputDocument).HasMaxLength(500);
        builder.HasIndex(u => new { u.FollowUpTaskId, u.ReportedOn });
        builder.HasMany(u => u.Evidence).WithOne().HasForeignKey(a => a.ProgressUpdateId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(u => u.Evidence).HasField("_evidence");
    }
}
