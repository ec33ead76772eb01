using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Reports;

namespace WorkSessions.Data.Configurations;

internal sealed class ReportSectionConfiguration : IEntityTypeConfiguration<ReportSection>
{
    public void Configure(EntityTypeBuilder<ReportSection> builder)
    {
        builder.Property(s => s.Heading).HasMaxLength(300);
        builder.Property(s => s.Body).HasMaxLength(20000);
        builder.Property(s => s.SearchKey).HasMaxLength(20400);
        builder.HasIndex(s => new { s.UnitReportId, s.Order });
    }
}
