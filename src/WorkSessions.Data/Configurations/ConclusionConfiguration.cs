using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Conclusions;

namespace WorkSessions.Data.Configurations;

internal sealed class ConclusionConfiguration : IEntityTypeConfiguration<Conclusion>
{
    public void Configure(EntityTypeBuilder<Conclusion> builder)
    {
        builder.Property(c => c.Assessment).HasMaxLength(20000);
        builder.HasMany(c => c.Directives).WithOne().HasForeignKey(d => d.ConclusionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Directives).HasField("_directives");
    }
}
