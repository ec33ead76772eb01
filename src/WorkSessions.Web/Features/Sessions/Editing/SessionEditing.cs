using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Officials;
using WorkSessions.Domain.Sessions;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Documents.Reading;
using WorkSessions.Web.Shared.Forms;

namespace WorkSessions.Web.Features.Sessions.Editing;

/// <summary>
/// Office staff record a session: open it as a form, save the whole form in one transaction.
/// Every rule is the domain's; this service loads, applies the form to the aggregate, and turns
/// the domain's refusals into messages beside the field they concern.
/// </summary>
public sealed class SessionEditing(
    IDbContextFactory<WorkSessionsDbContext> factory, CurrentUser user, SecurityAudit audit, TimeProvider clock, Writes writes)
{
    public async Task<SessionForm> NewAsync(CancellationToken ct = default)
    {
        await RequireAsync("WorkSessions", "Tạo buổi làm việc", ct);
        return new SessionForm { HeldOn = clock.Today().ToDateTime(TimeOnly.MinValue) };
    }

    /// <summary>The saved session as a form, or null when there is none (or it is locked by an issued notice, see <see cref="SessionForm.Status"/>).</summary>
    public async Task<SessionForm?> GetAsync(int id, CancellationToken ct = default)
    {
        await RequireAsync($"WorkSession/{id}", "Mở buổi làm việc để sửa", ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var session = await SessionGraph.LoadAsync(db, id, tracked: false, ct);
        return session is null ? null : SessionGraph.ToForm(session);
    }

    /// <summary>Saves the form; on success brings back the session's id.</summary>
    public Task<FormResult<int>> SaveAsync(SessionForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var request = Request(form.Id is { } id ? $"WorkSession/{id}" : "WorkSessions", form.Id is null ? "Tạo buổi làm việc" : "Sửa buổi làm việc") with { StaleKey = Conflict };
        return writes.RunAsync(request, async w =>
        {
            if (SessionFormCheck.Errors(form) is { Count: > 0 } errors)
            {
                throw new WriteFailedException(new FormResult(errors));
            }

            var session = await new SessionApplier(w.Db, clock.GetUtcNow().UtcDateTime).ToAsync(form, ct) ?? throw Write.Fail(string.Empty, "Editor_SessionGone");
            await w.Db.SaveChangesAsync(ct); // the id is the answer
            return session.Id;
        }, ct);
    }

    /// <summary>The key of the refusal that means "someone saved this session after you opened it".</summary>
    public const string Conflict = "Editor_Conflict";

    /// <summary>The version now stored, for re-applying the user's form over a newer save.</summary>
    public async Task<int?> CurrentVersionAsync(int id, CancellationToken ct = default)
    {
        await RequireAsync($"WorkSession/{id}", "Xem phiên bản buổi làm việc", ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.WorkSessions.Where(s => s.Id == id).Select(s => (int?)s.Version).SingleOrDefaultAsync(ct);
    }

    /// <summary>Other sessions with the same unit on the same day: worth a warning, not a refusal (two sessions in a day happen).</summary>
    public async Task<IReadOnlyList<string>> SameDayAsync(int? hostUnitId, DateTime? heldOn, int? exceptId, CancellationToken ct = default)
    {
        await RequireAsync("WorkSessions", "Kiểm tra buổi làm việc trùng ngày", ct);
        if (hostUnitId is not { } unit || heldOn is not { } day)
        {
            return [];
        }

        var date = DateOnly.FromDateTime(day);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.WorkSessions.AsNoTracking()
            .Where(s => s.HostUnitId == unit && s.HeldOn == date && s.DatePrecision == DatePrecision.Day && s.Id != exceptId)
            .Select(s => s.Title)
            .ToListAsync(ct);
    }

    /// <summary>Units that existed on the session's day, for the host and task pickers, matched without diacritics.</summary>
    public async Task<IReadOnlyList<PickedUnit>> UnitsAsync(DateTime? on, string? search, CancellationToken ct = default)
    {
        await RequireAsync("Units", "Chọn đơn vị cho buổi làm việc", ct);
        var day = on is { } d ? DateOnly.FromDateTime(d) : clock.Today();
        var key = VietnameseText.Fold(search);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Units.AsNoTracking()
            .Where(u => u.ValidFrom <= day && (u.ValidTo == null || day <= u.ValidTo))
            .Where(u => key.Length == 0 || u.SearchKey.Contains(key))
            .OrderBy(u => u.SearchKey)
            .Select(u => new PickedUnit(u.Id, u.Name))
            .Take(50)
            .ToListAsync(ct);
    }

    /// <summary>Officials matched by name, each with the title held on the session's day.</summary>
    public async Task<IReadOnlyList<PickedOfficial>> OfficialsAsync(DateTime? on, string? search, CancellationToken ct = default)
    {
        await RequireAsync("Officials", "Chọn cán bộ dự buổi làm việc", ct);
        var day = on is { } d ? DateOnly.FromDateTime(d) : clock.Today();
        var key = VietnameseText.Fold(search);
        await using var db = await factory.CreateDbContextAsync(ct);
        var officials = await db.Officials.AsNoTracking().Include(o => o.Positions)
            .Where(o => key.Length == 0 || o.SearchKey.Contains(key))
            .OrderBy(o => o.SearchKey)
            .Take(20)
            .ToListAsync(ct);
        return [.. officials.Select(o => new PickedOfficial(o.Id, o.FullName, o.TitleOn(day)))];
    }

    /// <summary>Adds someone to the register from the attendee row, with the title they held that day.</summary>
    public Task<FormResult<PickedOfficial>> AddOfficialAsync(string fullName, string title, DateTime? from, CancellationToken ct = default) =>
        writes.RunAsync(Request("Officials", "Thêm cán bộ từ buổi làm việc"), async w =>
        {
            var official = new Official(fullName);
            official.AwaitReview();
            official.AddPosition(Guard.Required(title, nameof(PositionHolding.Title), "Chức vụ", 400), null, from is { } d ? DateOnly.FromDateTime(d) : clock.Today());
            w.Db.Officials.Add(official);
            await w.Db.SaveChangesAsync(ct); // the id is the answer
            return new PickedOfficial(official.Id, official.FullName, official.Positions[0].Title);
        }, ct);

    /// <summary>
    /// Reads a pasted speech or article into a proposal, with the people it names matched to the
    /// register by name (diacritics and tone placement aside) and given their title on the session's day.
    /// Nothing is saved: the editor adds what the user accepts to the form.
    /// </summary>
    public async Task<DraftProposal> ProposeAsync(string? text, DateTime? on, CancellationToken ct = default)
    {
        await RequireAsync("WorkSessions", "Đề xuất từ bài viết", ct);
        var proposal = ConclusionTextReader.Read(text);
        var names = proposal.Attendees.Where(a => a.Side == Domain.Sessions.AttendanceSide.ProvincialDelegation).Select(a => VietnameseText.Fold(a.FullName)).ToList();
        if (names.Count == 0)
        {
            return proposal;
        }

        var day = on is { } d ? DateOnly.FromDateTime(d) : clock.Today();
        await using var db = await factory.CreateDbContextAsync(ct);
        var known = await db.Officials.AsNoTracking().Include(o => o.Positions).Where(o => names.Contains(o.SearchKey)).ToListAsync(ct);
        return proposal with
        {
            Attendees = [.. proposal.Attendees.Select(a => known.FirstOrDefault(o => o.SearchKey == VietnameseText.Fold(a.FullName)) is { } official
                ? a with { FullName = official.FullName, OfficialId = official.Id, RegisterTitle = official.TitleOn(day) }
                : a)],
        };
    }

    private Task<UserAccess> RequireAsync(string subject, string detail, CancellationToken ct) =>
        audit.RequireAsync(user, MayRecord, subject, detail, ct);

    private static WriteRequest Request(string subject, string action) => new(subject, action, MayRecord);

    private static bool MayRecord(UserAccess access) => access.RecordsSessions;
}

public sealed record PickedUnit(int Id, string Name);

public sealed record PickedOfficial(int Id, string FullName, string TitleOnTheDay);
