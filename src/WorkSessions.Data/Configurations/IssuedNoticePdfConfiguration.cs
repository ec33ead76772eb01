using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Notices;

namespace WorkSessions.Data.Configurations;

internal sealed class IssuedNoticePdfConfiguration : IEntityTypeConfiguration<IssuedNoticePdf>
{
    public void Configure(EntityTypeBuilder<IssuedNoticePdf> builder)
    {
        builder.HasKey(p => p.ConclusionNoticeId);
        builder.Property(p => p.ConclusionNoticeId).ValueGeneratedNever();
        builder.HasOne<ConclusionNotice>().WithOne().HasForeignKey<IssuedNoticePdf>(p => p.ConclusionNoticeId).OnDelete(DeleteBehavior.Restrict);
    }
}
