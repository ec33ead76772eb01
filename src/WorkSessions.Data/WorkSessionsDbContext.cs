using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using WorkSessions.Data.Auditing;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Attachments;
using WorkSessions.Domain.Auditing;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Notices;
using WorkSessions.Domain.Notifications;
using WorkSessions.Domain.Officials;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Domain.Units;

namespace WorkSessions.Data;

/// <summary>
/// The one context of the portal. Created per operation through IDbContextFactory; every save
/// normalises text, bumps concurrency versions, turns deletes into soft deletes and writes the
/// audit trail in the same transaction (see <see cref="ChangeRecorder"/>). Accounts (Identity) and
/// the data-protection keys live here too, so that a second web node shares sign-ins.
/// </summary>
public class WorkSessionsDbContext(DbContextOptions<WorkSessionsDbContext> options, ChangeRecorder recorder)
    : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Official> Officials => Set<Official>();

    public DbSet<WorkSession> WorkSessions => Set<WorkSession>();

    public DbSet<Directive> Directives => Set<Directive>();

    public DbSet<FollowUpTask> FollowUpTasks => Set<FollowUpTask>();

    public DbSet<ConclusionNotice> ConclusionNotices => Set<ConclusionNotice>();

    public DbSet<NoticeFormatProfile> NoticeFormatProfiles => Set<NoticeFormatProfile>();

    public DbSet<NoticeNumberCounter> NoticeNumberCounters => Set<NoticeNumberCounter>();

    public DbSet<IssuedNoticePdf> IssuedNoticePdfs => Set<IssuedNoticePdf>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        recorder.SaveWithAuditAsync(
            this,
            (accept, ct) => base.SaveChangesAsync(accept, ct),
            () => new WorkSessionsDbContext(options, recorder),
            acceptAllChangesOnSuccess,
            cancellationToken);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and safe when members are added.
        foreach (var enumType in typeof(Entity).Assembly.GetTypes().Where(t => t.IsEnum))
        {
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(40);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WorkSessionsDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            var entity = builder.Entity(entityType.ClrType);
            entity.Property(nameof(Entity.Version)).IsConcurrencyToken();
            entity.HasQueryFilter(NotDeleted(entityType.ClrType));
        }
    }

    /// <summary>e => !e.IsDeleted, for the concrete entity type.</summary>
    private static LambdaExpression NotDeleted(Type type)
    {
        var e = Expression.Parameter(type, "e");
        return Expression.Lambda(Expression.Not(Expression.Property(e, nameof(Entity.IsDeleted))), e);
    }
}
