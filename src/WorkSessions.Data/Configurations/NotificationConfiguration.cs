using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Notifications;
using WorkSessions.Domain.Tasks;

namespace WorkSessions.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.EventKey).HasMaxLength(100);
        builder.Property(n => n.Text).HasMaxLength(Notification.TextMaxLength);

        // The guarantee against telling twice, whichever node runs the job.
        builder.HasIndex(n => n.EventKey).IsUnique();

        // The bell reads the newest for a unit or an audience; the mailer reads what is not yet sent.
        builder.HasIndex(n => new { n.Audience, n.UnitId, n.Id });
        builder.HasIndex(n => n.EmailedAtUtc);
        builder.HasOne<FollowUpTask>().WithMany().HasForeignKey(n => n.FollowUpTaskId).OnDelete(DeleteBehavior.Restrict);
    }
}
