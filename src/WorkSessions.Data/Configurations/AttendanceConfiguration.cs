using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Sessions;

namespace WorkSessions.Data.Configurations;

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.Property(a => a.FullName).HasMaxLength(Attendance.GroupMaxLength);
        builder.Property(a => a.Title).HasMaxLength(400);
        builder.HasOne(a => a.Official).WithMany().HasForeignKey(a => a.OfficialId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.WorkSessionId, a.Order });
        builder.HasIndex(a => new { a.OfficialId, a.Role });
    }
}
