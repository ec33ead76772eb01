using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Reports;

namespace WorkSessions.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(300);
        builder.Property(i => i.UnitOfMeasure).HasMaxLength(50);
        builder.Property(i => i.Note).HasMaxLength(500);
        builder.Property(i => i.Value).HasPrecision(18, 4);
        builder.Property(i => i.Target).HasPrecision(18, 4);
        builder.HasIndex(i => new { i.UnitReportId, i.Order });
    }
}
