using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Officials;

namespace WorkSessions.Data.Configurations;

internal sealed class PositionHoldingConfiguration : IEntityTypeConfiguration<PositionHolding>
{
    public void Configure(EntityTypeBuilder<PositionHolding> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(PositionHolding.TitleMaxLength);
        builder.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.OfficialId, p.From });
        builder.HasIndex(p => p.UnitId);
    }
}
