using WorkSessions.Data;
using WorkSessions.Domain.Common;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Shared.Files;

namespace WorkSessions.Web.Shared.Forms;

/// <summary>The change's view of its write: the context to load and change, the person, the files kept.</summary>
public sealed class Write(WorkSessionsDbContext db, IServiceProvider services, UserAccess access, IReadOnlyList<KeptFile> files)
{
    public WorkSessionsDbContext Db { get; } = db;

    /// <summary>The write's services; Identity's UserManager from here saves through <see cref="Db"/> and its transaction.</summary>
    public IServiceProvider Services { get; } = services;

    public UserAccess Access { get; } = access;

    public IReadOnlyList<KeptFile> Files { get; } = files;

    /// <summary>The version check of every write: the record must still be the one the page read.</summary>
    public void ExpectVersion(Entity root, int version) => Db.ExpectVersion(root, version);

    /// <summary>Ends the write with a refusal beside <paramref name="field"/>: <c>throw Write.Fail("", "Notice_Gone");</c></summary>
    public static Exception Fail(string field, string key, params object?[] arguments) =>
        new WriteFailedException(FormResult.Fail(field, key, arguments));

    /// <summary>Refuses the person this write on the record it loaded; recorded as <paramref name="detail"/>.</summary>
    public static Exception Refuse(string detail) => new WriteRefusedException(detail);
}
