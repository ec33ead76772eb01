using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Units;

namespace WorkSessions.Data.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(Unit.NameMaxLength);
        builder.Property(u => u.ShortName).HasMaxLength(100);
        builder.Property(u => u.SearchKey).HasMaxLength(400);
        builder.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.MergedInto).WithMany().HasForeignKey(u => u.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.Name);
        builder.HasIndex(u => u.SearchKey);
        builder.HasIndex(u => new { u.Kind, u.ValidFrom });
    }
}
