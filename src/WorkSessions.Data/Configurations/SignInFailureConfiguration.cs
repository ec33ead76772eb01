using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkSessions.Data.Identity;

namespace WorkSessions.Data.Configurations;

internal sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> builder)
    {
        builder.Property(f => f.NameKey).HasMaxLength(SignInFailure.NameKeyMaxLength);
        builder.Property(f => f.Address).HasMaxLength(SignInFailure.AddressMaxLength);

        // Each attempt reads one name's recent failures; old rows are deleted by time.
        builder.HasIndex(f => new { f.NameKey, f.AtUtc });
        builder.HasIndex(f => f.AtUtc);
    }
}
