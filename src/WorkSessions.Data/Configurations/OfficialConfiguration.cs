using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Officials;

namespace WorkSessions.Data.Configurations;

internal sealed class OfficialConfiguration : IEntityTypeConfiguration<Official>
{
    public void Configure(EntityTypeBuilder<Official> builder)
    {
        builder.Property(o => o.FullName).HasMaxLength(Official.NameMaxLength);
        builder.Property(o => o.SearchKey).HasMaxLength(200);
        builder.HasMany(o => o.Positions).WithOne().HasForeignKey(p => p.OfficialId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Positions).HasField("_positions");
        builder.HasIndex(o => o.SearchKey);
    }
}
