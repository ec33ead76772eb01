using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Conclusions;

namespace WorkSessions.Data.Configurations;

internal sealed class DirectiveConfiguration : IEntityTypeConfiguration<Directive>
{
    public void Configure(EntityTypeBuilder<Directive> builder)
    {
        builder.Property(d => d.Text).HasMaxLength(4000);
        builder.Property(d => d.SearchKey).HasMaxLength(4000);
        builder.HasMany(d => d.Tasks).WithOne(t => t.Directive).HasForeignKey(t => t.DirectiveId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Tasks).HasField("_tasks");
        builder.HasIndex(d => new { d.ConclusionId, d.Number });
        builder.HasIndex(d => d.Field);
    }
}
