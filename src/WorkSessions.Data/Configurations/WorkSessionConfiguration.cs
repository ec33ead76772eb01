using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Reports;
using WorkSessions.Domain.Sessions;

namespace WorkSessions.Data.Configurations;

internal sealed class WorkSessionConfiguration : IEntityTypeConfiguration<WorkSession>
{
    public void Configure(EntityTypeBuilder<WorkSession> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(WorkSession.TitleMaxLength);
        builder.Property(s => s.Place).HasMaxLength(300);
        builder.Property(s => s.Subjects).HasMaxLength(4000);
        builder.Property(s => s.Notes).HasMaxLength(4000);
        builder.Property(s => s.SearchKey).HasMaxLength(5000);
        builder.Ignore(s => s.Chair);
        builder.Ignore(s => s.Date);

        builder.HasOne(s => s.HostUnit).WithMany().HasForeignKey(s => s.HostUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Attendances).WithOne().HasForeignKey(a => a.WorkSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Attendances).HasField("_attendances");
        builder.HasOne(s => s.Report).WithOne().HasForeignKey<UnitReport>(r => r.WorkSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Conclusion).WithOne().HasForeignKey<Conclusion>(c => c.WorkSessionId).OnDelete(DeleteBehavior.Cascade);

        // The list sorts by date (newest first) and filters by unit, status and kind.
        builder.HasIndex(s => new { s.HeldOn, s.Id });
        builder.HasIndex(s => new { s.HostUnitId, s.HeldOn });
        builder.HasIndex(s => new { s.Status, s.HeldOn });
    }
}
