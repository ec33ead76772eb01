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

        builder.Ignore(c => c.NextNumber);

        // A starting number set by an administrator must not land over a number an issue drew meanwhile.
        builder.Property(c => c.LastNumber).IsConcurrencyToken();

        // One counter per issuing committee, type and period: two first issues of a period cannot both create one.
        builder.HasIndex(c => new { c.IssuingUnitId, c.TypeCode, c.IssuerCode, c.Period }).IsUnique();
    }
}
