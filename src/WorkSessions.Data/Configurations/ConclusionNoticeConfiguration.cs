using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Notices;
using WorkSessions.Domain.Sessions;

namespace WorkSessions.Data.Configurations;

internal sealed class ConclusionNoticeConfiguration : IEntityTypeConfiguration<ConclusionNotice>
{
    public void Configure(EntityTypeBuilder<ConclusionNotice> builder)
    {
        builder.Property(n => n.TypeCode).HasMaxLength(10);
        builder.Property(n => n.IssuerCode).HasMaxLength(20);
        builder.Property(n => n.Place).HasMaxLength(100);
        builder.Property(n => n.Subject).HasMaxLength(500);
        builder.Property(n => n.SigningBody).HasMaxLength(100);
        builder.Property(n => n.SignerPosition).HasMaxLength(100);
        builder.Property(n => n.SignerName).HasMaxLength(100);
        builder.Property(n => n.IssuingBody).HasMaxLength(100);
        builder.Property(n => n.ParentBody).HasMaxLength(100);
        builder.Property(n => n.Closing).HasMaxLength(2000);
        builder.Property(n => n.NumberingPeriod).HasMaxLength(20);
        builder.PrimitiveCollection(n => n.Recipients).HasField("_recipients").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(n => n.DocumentNumber);
        builder.HasOne<WorkSession>().WithMany().HasForeignKey(n => n.WorkSessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConclusionNotice>().WithMany().HasForeignKey(n => n.CorrectsNoticeId).OnDelete(DeleteBehavior.Restrict);
        // IssuingUnitId names a unit without a foreign key: units are never deleted (soft delete), and
        // adding a key to an existing SQLite table means rebuilding it outside the migration's transaction.
        builder.HasIndex(n => new { n.WorkSessionId, n.Status });
        // The last guard of "never twice": even if the counter were bypassed, the database refuses a
        // second notice with the same number in the same period.
        builder.HasIndex(n => new { n.IssuingUnitId, n.IssuerCode, n.TypeCode, n.NumberingPeriod, n.Number })
            .IsUnique()
            .HasFilter("\"Number\" IS NOT NULL");
    }
}
