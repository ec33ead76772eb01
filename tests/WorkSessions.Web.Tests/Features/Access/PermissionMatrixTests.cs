using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Data;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Attachments;
using WorkSessions.Domain.Auditing;
using WorkSessions.Domain.Notices;
using WorkSessions.Domain.Officials;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Features.Admin;
using WorkSessions.Web.Features.Attachments;
using WorkSessions.Web.Features.Officials;
using WorkSessions.Web.Features.Overview;
using WorkSessions.Web.Features.Sessions;
using WorkSessions.Web.Features.Sessions.Editing;
using WorkSessions.Web.Features.Tasks;
using WorkSessions.Web.Features.Units;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Web.Tests.Infrastructure;
using WorkSessions.Web.Features.Notices;
using WorkSessions.Web.Shared.Forms;

namespace WorkSessions.Web.Tests.Features.Access;

/// <summary>
/// Every service operation and every page or endpoint, for every role: allowed where the table says,
/// refused otherwise, and nothing but the refusal written when refused (in the style of OpenSlides' action tests).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PermissionMatrixTests(PortalFixture portal)
{
    public enum Outcome
    {
        /// <summary>Runs and sees the whole province (for a record by id: gets it).</summary>
        All,

        /// <summary>Runs and sees only what concerns the user's unit.</summary>
        OwnUnit,

        /// <summary>Refused: AccessDeniedException, or "not found" for a record by id.</summary>
        Refused,
    }

    private static readonly PageRequest FirstPage = new(0, 100);

    // role:                                   admin (2FA)   office        leadership    unit (Trực Ninh)
    public static TheoryData<string, string, Outcome> Services => RoleTable.Of(Outcome.Refused,
        ("sessions.list", [Outcome.All, Outcome.All, Outcome.All, Outcome.OwnUnit]),
        ("sessions.get-own", [Outcome.All, Outcome.All, Outcome.All, Outcome.All]),
        ("sessions.get-other", [Outcome.All, Outcome.All, Outcome.All, Outcome.Refused]),
        ("tasks.list", [Outcome.All, Outcome.All, Outcome.All, Outcome.OwnUnit]),
        ("tasks.get-own", [Outcome.All, Outcome.All, Outcome.All, Outcome.All]),
        ("tasks.get-other", [Outcome.All, Outcome.All, Outcome.All, Outcome.Refused]),
        ("tasks.unit-board", [Outcome.All, Outcome.All, Outcome.All, Outcome.OwnUnit]),
        ("tasks.export", [Outcome.All, Outcome.All, Outcome.All, Outcome.OwnUnit]),
        ("dashboard.get", [Outcome.All, Outcome.All, Outcome.All, Outcome.OwnUnit]),
        ("units.list", [Outcome.All, Outcome.All, Outcome.All, Outcome.Refused]),
        ("officials.list", [Outcome.All, Outcome.All, Outcome.All, Outcome.Refused]),
        ("units.choices", [Outcome.All, Outcome.All, Outcome.All, Outcome.Refused]),
        ("units.get", [Outcome.All, Outcome.Refused, Outcome.Refused, Outcome.Refused]),
        ("units.save", [Outcome.All, Outcome.Refused, Outcome.Refused, Outcome.Refused]),
        ("units.add-for-session", [Outcome.Refused, Outcome.All, Outcome.Refused, Outcome.Refused]),
        ("officials.get", [Outcome.All, Outcome.All, Outcome.Refused, Outcome.Refused]),
        ("officials.save", [Outcome.All, Outcome.All, Outcome.Refused, Outcome.Refused]),
        ("officials.add-position", [Outcome.All, Outcome.All, Outcome.Refused, Outcome.Refused]),
        ("officials.end-position", [Outcome.All, Outcome.All, Outcome.Refused, Outcome.Refused]),
        ("users.list", [Outcome.All, Outcome.Refused, Outcome.Refused, Outcome.Refused]),
        ("users.units", [Outcome.All, Outcome.Refused, Outcome.Refused, Outcome.Refused]),
        ("users.save", [Outcome.All, Outcome.Refused, Outcome.Refused, Outcome.Refused]),
        ("users.disable", [Outcome.All, Outcome.Refused, Outcome.Refused, Outcome.Refused]),
        ("users.reset-password", [Outcome.All, Outcome.Refused, Outcome.Refused, Outcome.Refused]),
        ("audit.list", [Outcome.All, Outcome.Refused, Outcome.Refused, Outcome.Refused]),
        ("format-profiles.list", [Outcome.All, Outcome.Refused, Outcome.Refused, Outcome.Refused]),
        ("format-profiles.save", [Outcome.All, Outcome.Refused, Outcome.Refused, Outcome.Refused]),
        ("format-profiles.delete", [Outcome.All, Outcome.Refused, Outcome.Refused, Outcome.Refused]),
        ("notice-numbers.list", [Outcome.All, Outcome.Refused, Outcome.Refused, Outcome.Refused]),
        ("notice-numbers.set", [Outcome.All, Outcome.Refused, Outcome.Refused, Outcome.Refused]),
        ("attachments.list-own", [Outcome.All, Outcome.All, Outcome.All, Outcome.All]),
        ("attachments.list-other", [Outcome.All, Outcome.All, Outcome.All, Outcome.Refused]),
        ("attachments.upload", [Outcome.Refused, Outcome.All, Outcome.Refused, Outcome.Refused]),
        ("attachments.delete", [Outcome.Refused, Outcome.All, Outcome.Refused, Outcome.Refused]),
        ("sessions.edit-new", [Outcome.Refused, Outcome.All, Outcome.Refused, Outcome.Refused]),
        ("sessions.edit-open", [Outcome.Refused, Outcome.All, Outcome.Refused, Outcome.Refused]),
        ("sessions.save", [Outcome.Refused, Outcome.All, Outcome.Refused, Outcome.Refused]),
        ("sessions.current-version", [Outcome.Refused, Outcome.All, Outcome.Refused, Outcome.Refused]),
        ("sessions.same-day", [Outcome.Refused, Outcome.All, Outcome.Refused, Outcome.Refused]),
        ("sessions.pick-units", [Outcome.Refused, Outcome.All, Outcome.Refused, Outcome.Refused]),
        ("sessions.pick-officials", [Outcome.Refused, Outcome.All, Outcome.Refused, Outcome.Refused]),
        ("sessions.add-official", [Outcome.Refused, Outcome.All, Outcome.Refused, Outcome.Refused]),
        ("sessions.propose-from-text", [Outcome.Refused, Outcome.All, Outcome.Refused, Outcome.Refused]),
        ("sessions.history", [Outcome.All, Outcome.All, Outcome.All, Outcome.Refused]));

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Service_operation_answers_each_role_as_the_table_says(string operation, string role, Outcome expected)
    {
        await using var scope = await portal.ScopeAsAsync(role);

        // A password reset needs an account of its own: resetting a demo account would break other tests.
        var resetTarget = operation == "users.reset-password" ? await UserIdAsync(await ThrowawayUserAsync()) : null;
        var profileToDelete = operation == "format-profiles.delete" ? await ThrowawayProfileAsync() : (int?)null;
        // Positions are added to and ended on an official of the matrix's own, never on a seeded one.
        var official = operation.StartsWith("officials.", StringComparison.Ordinal) && operation.EndsWith("-position", StringComparison.Ordinal)
            ? await ThrowawayOfficialAsync()
            : null;
        var fileToDelete = operation == "attachments.delete" ? await portal.AttachAsync(await portal.SessionIdAsync("Trực Ninh"), "Tệp ma trận.pdf", SampleFiles.Pdf("Ma trận quyền")) : (int?)null;
        var before = await CountsAsync();

        var outcome = await RunAsync(scope.ServiceProvider, operation, role, resetTarget, profileToDelete, official, fileToDelete);

        outcome.ShouldBe(expected);
        if (expected == Outcome.Refused)
        {
            var after = await CountsAsync();
            after.ShouldBe(before with { Refusals = after.Refusals }, "a refusal writes nothing but its audit entry");
        }
    }

    // path → expected HTTP answer per role: admin (2FA), office, leadership, unit (Trực Ninh); anonymous always goes to sign-in.
    public static TheoryData<string, string, int> Pages => RoleTable.Of(401,
        ("/", [200, 200, 200, 200]),
        ("/sessions", [200, 200, 200, 200]),
        ("/sessions/{own}", [200, 200, 200, 200]),
        ("/sessions/{other}", [200, 200, 200, 404]),
        ("/tasks", [200, 200, 200, 200]),
        ("/tasks/{own-task}", [200, 200, 200, 200]),
        ("/tasks/{other-task}", [200, 200, 200, 404]),
        ("/tasks/export.xlsx", [200, 200, 200, 200]),
        ("/tasks/export.csv?state=Done", [200, 200, 200, 200]),
        ("/units", [200, 200, 200, 403]),
        ("/officials", [200, 200, 200, 403]),
        ("/admin/users", [200, 403, 403, 403]),
        ("/admin/audit", [200, 403, 403, 403]),
        ("/admin/format-profiles", [200, 403, 403, 403]),
        ("/admin/notice-numbers", [200, 403, 403, 403]),
        ("/sessions/new", [403, 200, 403, 403]),
        ("/account/calendar", [200, 200, 200, 200]),
        ("/sessions/{own}/edit", [403, 200, 403, 403]),
        ("/attachments/{own-file}", [200, 200, 200, 200]),
        ("/attachments/{other-file}", [200, 200, 200, 404]));

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_answers_each_role_as_the_table_says(string path, string role, int expected)
    {
        var url = await ResolveAsync(path);

        var (actual, _, page) = await portal.GetAsAsync(role, url);

        actual.ShouldBe(expected);
        await page.Context.CloseAsync();
    }

    private async Task<Outcome> RunAsync(IServiceProvider services, string operation, string role, string? resetTarget, int? profileToDelete, Official? official, int? fileToDelete)
    {
        try
        {
            return operation switch
            {
                "sessions.list" => Scope((await services.GetRequiredService<SessionQueries>().ListAsync(null, FirstPage)).Items.Select(s => s.HostUnit)),
                "sessions.get-own" => await services.GetRequiredService<SessionQueries>().GetAsync(await portal.SessionIdAsync("Trực Ninh")) is null ? Outcome.Refused : Outcome.All,
                "sessions.get-other" => await services.GetRequiredService<SessionQueries>().GetAsync(await portal.SessionIdAsync("Cổ Lễ")) is null ? Outcome.Refused : Outcome.All,
                "tasks.list" => Scope((await services.GetRequiredService<TaskQueries>().ListAsync(null, new TaskFilter(), FirstPage)).Items.Select(t => t.LeadUnit)),
                "tasks.get-own" => await services.GetRequiredService<TaskQueries>().GetAsync(await TaskIdAsync("Trực Ninh")) is null ? Outcome.Refused : Outcome.All,
                "tasks.get-other" => await services.GetRequiredService<TaskQueries>().GetAsync(await TaskIdAsync("Cổ Lễ")) is null ? Outcome.Refused : Outcome.All,
                "tasks.unit-board" => Scope((await services.GetRequiredService<TaskQueries>().UnitBoardAsync()).Select(t => t.LeadUnit)),
                "tasks.export" => Scope((await services.GetRequiredService<TaskQueries>().ExportAsync(null, new TaskFilter(), null, false))!.Select(t => t.LeadUnit)),
                "dashboard.get" => Scope((await services.GetRequiredService<DashboardQueries>().GetAsync(null, null)).ByUnit.Select(l => l.Name)),
                "units.list" => Ran(await services.GetRequiredService<UnitQueries>().ListAsync(null, FirstPage)),
                "officials.list" => Ran(await services.GetRequiredService<OfficialQueries>().ListAsync(null, FirstPage)),
                "units.choices" => Ran(await services.GetRequiredService<UnitAdministration>().UnitChoicesAsync()),
                "units.get" => await services.GetRequiredService<UnitAdministration>().GetAsync(await IdAsync(db => db.Units.Where(u => u.Name == "Huyện ủy Trực Ninh").Select(u => u.Id))) is null ? Outcome.Refused : Outcome.All,
                "units.save" => Succeeded(await services.GetRequiredService<UnitAdministration>().SaveAsync(new UnitForm
                {
                    Name = $"Đảng ủy ma trận {role} {Guid.NewGuid():N}"[..40],
                    ValidFrom = new DateTime(2025, 7, 1),
                })),
                "units.add-for-session" => Succeeded((await services.GetRequiredService<UnitAdministration>().AddForSessionAsync(new UnitForm
                {
                    Name = $"Đảng ủy xã ma trận {role} {Guid.NewGuid():N}"[..40],
                    ValidFrom = new DateTime(2025, 7, 1),
                }))),
                "officials.get" => await services.GetRequiredService<OfficialAdministration>().GetAsync(await IdAsync(db => db.Officials.Where(o => o.FullName == "Phạm Gia Túc").Select(o => o.Id))) is null ? Outcome.Refused : Outcome.All,
                "officials.save" => Succeeded(await services.GetRequiredService<OfficialAdministration>().SaveAsync(new OfficialForm
                {
                    FullName = $"Cán bộ ma trận {role} {Guid.NewGuid():N}"[..40],
                    Position = new PositionForm { Title = "Chuyên viên", From = new DateTime(2025, 7, 1) },
                })),
                "officials.add-position" => Succeeded(await services.GetRequiredService<OfficialAdministration>().AddPositionAsync(official!.Id, new PositionForm { Title = "Phó Chánh Văn phòng", From = new DateTime(2026, 1, 1) })),
                "officials.end-position" => Succeeded(await services.GetRequiredService<OfficialAdministration>().EndPositionAsync(official!.Id, official.Positions[0].Id, new DateTime(2026, 6, 30))),
                "users.list" => Ran(await services.GetRequiredService<UserAdministration>().ListAsync(null, FirstPage)),
                "users.units" => Ran(await services.GetRequiredService<UserAdministration>().UnitChoicesAsync()),
                "users.save" => Ran(await services.GetRequiredService<UserAdministration>().SaveAsync(new UserForm { UserName = $"matrix-{role}-{Guid.NewGuid():N}"[..40], FullName = "Ma trận quyền", Password = "Ma-Tran#Quyen-2026" })),
                "users.disable" => Ran(await services.GetRequiredService<UserAdministration>().SetActiveAsync(await UserIdAsync("cole"), active: true)),
                "users.reset-password" => Ran(await services.GetRequiredService<UserAdministration>().ResetPasswordAsync(resetTarget!)),
                "audit.list" => Ran(await services.GetRequiredService<AuditQueries>().ListAsync(null, FirstPage)),
                "format-profiles.list" => Ran(await services.GetRequiredService<FormatProfileAdministration>().ListAsync()),
                "format-profiles.save" => Succeeded(await services.GetRequiredService<FormatProfileAdministration>().SaveAsync(new FormatProfileForm
                {
                    Name = $"Mẫu ma trận {role}",
                    EffectiveFrom = NextProfileDay(),
                })),
                "notice-numbers.list" => Ran(await services.GetRequiredService<NoticeNumberSettings>().ListAsync()),
                "notice-numbers.set" => Succeeded(await services.GetRequiredService<NoticeNumberSettings>().SetNextAsync(await SameNextNumberAsync())),
                "format-profiles.delete" => Succeeded(await services.GetRequiredService<FormatProfileAdministration>().DeleteAsync(profileToDelete!.Value)),
                "attachments.list-own" => await services.GetRequiredService<AttachmentService>().ListAsync(await portal.SessionIdAsync("Trực Ninh")) is null ? Outcome.Refused : Outcome.All,
                "attachments.list-other" => await services.GetRequiredService<AttachmentService>().ListAsync(await portal.SessionIdAsync("Cổ Lễ")) is null ? Outcome.Refused : Outcome.All,
                "attachments.upload" => Succeeded(await services.GetRequiredService<AttachmentService>().UploadAsync(
                    await portal.SessionIdAsync("Trực Ninh"), AttachmentKind.Photo, "Ảnh ma trận.pdf", new MemoryStream(SampleFiles.Pdf("Ma trận quyền")))),
                "sessions.edit-new" => Ran(await services.GetRequiredService<SessionEditing>().NewAsync()),
                "sessions.edit-open" => Ran(await services.GetRequiredService<SessionEditing>().GetAsync(await portal.SessionIdAsync("Trực Ninh"))),
                "sessions.save" => Succeeded(await services.GetRequiredService<SessionEditing>().SaveAsync(await TrucNinhFormAsync())),
                "sessions.current-version" => Ran(await services.GetRequiredService<SessionEditing>().CurrentVersionAsync(await portal.SessionIdAsync("Trực Ninh"))),
                "sessions.same-day" => Ran(await services.GetRequiredService<SessionEditing>().SameDayAsync(await portal.UnitIdAsync("Huyện ủy Trực Ninh"), new DateTime(2021, 6, 8), null)),
                "sessions.pick-units" => Ran(await services.GetRequiredService<SessionEditing>().UnitsAsync(new DateTime(2021, 6, 8), "truc")),
                "sessions.pick-officials" => Ran(await services.GetRequiredService<SessionEditing>().OfficialsAsync(new DateTime(2021, 6, 8), "pham")),
                "sessions.add-official" => Succeeded((await services.GetRequiredService<SessionEditing>().AddOfficialAsync($"Cán bộ ma trận {Guid.NewGuid():N}"[..30], "Chuyên viên", new DateTime(2021, 6, 8)))),
                "sessions.propose-from-text" => Ran(await services.GetRequiredService<SessionEditing>().ProposeAsync("Đồng chí Bí thư nhấn mạnh: Tiếp tục tăng cường công tác xây dựng Đảng.", new DateTime(2021, 6, 8))),
                "sessions.history" => Ran(await services.GetRequiredService<WorkSessions.Web.Features.Sessions.History.SessionHistory>().ListAsync(await portal.SessionIdAsync("Trực Ninh"), 10)),
                "attachments.delete" => Succeeded(await services.GetRequiredService<AttachmentService>().DeleteAsync(fileToDelete!.Value)),
                _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
            };
        }
        catch (AccessDeniedException)
        {
            return Outcome.Refused;
        }
    }

    private static Outcome Ran(object? _) => Outcome.All;

    /// <summary>The Trực Ninh session as office staff open it; saved unchanged, it writes nothing but a new version.</summary>
    private async Task<SessionForm> TrucNinhFormAsync()
    {
        await using var office = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        return (await office.ServiceProvider.GetRequiredService<SessionEditing>().GetAsync(await portal.SessionIdAsync("Trực Ninh")))!;
    }

    private static Outcome Succeeded(FormResult result) =>
        result.Succeeded ? Outcome.All : throw new ShouldAssertException(string.Join(" ", result.Said().Values));

    private static Outcome Scope(IEnumerable<string> hostUnits) =>
        hostUnits.Distinct().ToList() is [var only] && only == "Huyện ủy Trực Ninh" ? Outcome.OwnUnit : Outcome.All;

    private async Task<string> ThrowawayUserAsync()
    {
        var name = "matrix-" + Guid.NewGuid().ToString("N")[..8];
        await portal.CreateUserAsync(name, PortalRoles.OfficeStaff);
        return name;
    }

    private static int _profileDays;

    /// <summary>Profiles of the matrix start on days long past, one day each (a day has at most one profile).</summary>
    private static DateTime NextProfileDay() => new DateTime(1990, 1, 1).AddDays(Interlocked.Increment(ref _profileDays));

    private async Task<int> ThrowawayProfileAsync()
    {
        await using var db = await portal.DbAsync();
        var profile = new NoticeFormatProfile("Mẫu thử để xóa", DateOnly.FromDateTime(NextProfileDay()), NoticeFormat.Guidance2018);
        db.NoticeFormatProfiles.Add(profile);
        await db.SaveChangesAsync();
        return profile.Id;
    }

    private async Task<Official> ThrowawayOfficialAsync()
    {
        await using var db = await portal.DbAsync();
        var official = new Official("Cán bộ ma trận " + Guid.NewGuid().ToString("N")[..8]);
        official.AddPosition("Chuyên viên", null, new DateOnly(2025, 7, 1));
        db.Officials.Add(official);
        await db.SaveChangesAsync();
        return official;
    }

    private sealed record Counts(int Users, int Sessions, int Tasks, int Units, int Officials, int Positions, int Attachments, int Changes, int Refusals);

    private async Task<Counts> CountsAsync()
    {
        await using var db = await portal.DbAsync();
        return new Counts(
            await db.Users.CountAsync(u => !u.UserName!.StartsWith("matrix-")),
            await db.WorkSessions.CountAsync(),
            await db.FollowUpTasks.CountAsync(),
            await db.Units.CountAsync(),
            await db.Officials.CountAsync(),
            await db.Set<PositionHolding>().CountAsync(),
            await db.Attachments.CountAsync(),
            await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Created || a.Action == AuditAction.Updated || a.Action == AuditAction.Deleted),
            await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Refused));
    }

    private async Task<string> UserIdAsync(string userName)
    {
        await using var db = await portal.DbAsync();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    /// <summary>The first task led by the unit whose name contains <paramref name="unitWord"/>.</summary>
    private async Task<int> TaskIdAsync(string unitWord) =>
        await IdAsync(db => db.FollowUpTasks.Where(t => t.LeadUnit.Name.Contains(unitWord)).OrderBy(t => t.Id).Select(t => t.Id).Take(1));

    private async Task<int> IdAsync(Func<WorkSessionsDbContext, IQueryable<int>> query)
    {
        await using var db = await portal.DbAsync();
        return await query(db).SingleAsync();
    }

    private async Task<string> ResolveAsync(string path)
    {
        if (path.Contains("-file}", StringComparison.Ordinal))
        {
            // A file of each session, attached for this row: the unit user may download only its own unit's.
            var own = await portal.AttachAsync(await portal.SessionIdAsync("Trực Ninh"), "Báo cáo ma trận.pdf", SampleFiles.Pdf("Báo cáo"));
            var other = await portal.AttachAsync(await portal.SessionIdAsync("Cổ Lễ"), "Báo cáo ma trận.pdf", SampleFiles.Pdf("Báo cáo"));
            path = path.Replace("{own-file}", Invariant(own), StringComparison.Ordinal).Replace("{other-file}", Invariant(other), StringComparison.Ordinal);
        }

        if (path.Contains("-task}", StringComparison.Ordinal))
        {
            path = path.Replace("{own-task}", Invariant(await TaskIdAsync("Trực Ninh")), StringComparison.Ordinal)
                .Replace("{other-task}", Invariant(await TaskIdAsync("Cổ Lễ")), StringComparison.Ordinal);
        }

        return path
            .Replace("{own}", Invariant(await portal.SessionIdAsync("Trực Ninh")), StringComparison.Ordinal)
            .Replace("{other}", Invariant(await portal.SessionIdAsync("Cổ Lễ")), StringComparison.Ordinal);
    }

    private static string Invariant(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Ninh Bình's next number as it stands, set again: allowed, and changes nothing another test reads.</summary>
    private async Task<NextNumberForm> SameNextNumberAsync()
    {
        await using var db = await portal.DbAsync();
        var unit = await db.Units.Where(u => u.Name == "Tỉnh ủy Ninh Bình").Select(u => u.Id).SingleAsync();
        var period = WorkSessions.Domain.Notices.NoticeFormat.Guidance2018.NumberingPeriod(DateOnly.FromDateTime(PortalFixture.Today.DateTime));
        var last = await db.NoticeNumberCounters.Where(c => c.IssuingUnitId == unit && c.Period == period).Select(c => c.LastNumber).SingleOrDefaultAsync();
        return new NextNumberForm { IssuingUnitId = unit, LastNumber = last, NextNumber = last + 1 };
    }
}
