using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Domain.Tasks;

namespace WorkSessions.Data.Configurations;

internal sealed class CompletionReviewConfiguration : IEntityTypeConfiguration<CompletionReview>
{
    public void Configure(EntityTypeBuilder<CompletionReview> builder)
    {
        builder.Property(r => r.ReviewedBy).HasMaxLength(100);
        builder.Property(r => r.Reason).HasMaxLength(4000);
        builder.HasIndex(r => r.FollowUpTaskId);
    }
}
