using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Notices;

namespace WorkSessions.Data.Configurations;

internal sealed class NoticeNumberCounterConfiguration : IEntityTypeConfiguration<NoticeNumberCounter>
{
    public void Configure(EntityTypeBuilder<NoticeNumberCounter> builder)
    {
        builder.Property(c => c.TypeCode).HasMaxLength(10);
        builder.Property(c => c.IssuerCode).HasMaxLength(20);
        builder.Property(c => c.Period).HasMaxLength(20);

        // One counter per type, issuer and period: two first issues of a period cannot both create one.
        builder.HasIndex(c => new { c.TypeCode, c.IssuerCode, c.Period }).IsUnique();
    }
}
