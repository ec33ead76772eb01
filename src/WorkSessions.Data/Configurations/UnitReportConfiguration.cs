using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Reports;

namespace WorkSessions.Data.Configurations;

internal sealed class UnitReportConfiguration : IEntityTypeConfiguration<UnitReport>
{
    public void Configure(EntityTypeBuilder<UnitReport> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(300);
        builder.Property(r => r.PeriodCovered).HasMaxLength(200);
        builder.HasMany(r => r.Sections).WithOne().HasForeignKey(s => s.UnitReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Sections).HasField("_sections");
        builder.HasMany(r => r.Indicators).WithOne().HasForeignKey(i => i.UnitReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Indicators).HasField("_indicators");
    }
}
