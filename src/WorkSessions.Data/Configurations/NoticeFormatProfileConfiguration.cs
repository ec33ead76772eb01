using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Notices;

namespace WorkSessions.Data.Configurations;

internal sealed class NoticeFormatProfileConfiguration : IEntityTypeConfiguration<NoticeFormatProfile>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<NoticeFormatProfile> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);

        // The measures are one JSON value: a measure added in a later version reads its default from
        // older rows without a migration, and the audit trail shows the whole set before and after.
        builder.Property(p => p.Format)
            .HasConversion(
                format => JsonSerializer.Serialize(format, Json),
                json => JsonSerializer.Deserialize<NoticeFormat>(json, Json) ?? NoticeFormat.Guidance2018,
                new ValueComparer<NoticeFormat>((a, b) => Equals(a, b), f => f.GetHashCode(), f => f))
            .HasMaxLength(4000);
        builder.HasIndex(p => p.EffectiveFrom);
    }
}
