using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Attachments;
using WorkSessions.Domain.Sessions;

namespace WorkSessions.Data.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(Attachment.FileNameMaxLength);
        builder.Property(a => a.StoredName).HasMaxLength(64);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.HasIndex(a => a.StoredName).IsUnique();
        builder.HasIndex(a => new { a.WorkSessionId, a.UploadedAtUtc });
        builder.HasOne<WorkSession>().WithMany().HasForeignKey(a => a.WorkSessionId).OnDelete(DeleteBehavior.Restrict);
    }
}
