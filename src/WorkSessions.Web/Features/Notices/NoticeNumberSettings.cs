using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Notices;
using WorkSessions.Domain.Units;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Shared.Forms;
using static WorkSessions.Web.Features.Notices.NoticeContent;

namespace WorkSessions.Web.Features.Notices;

/// <summary>
/// Where each committee's numbering goes on. A province that adopts the portal part-way through a
/// term has already issued, say, 124 notices: an administrator sets 125 as the next number of that
/// committee for the period in effect today. Audited like every change, and never lower than a
/// number already given.
/// </summary>
public sealed class NoticeNumberSettings(IDbContextFactory<WorkSessionsDbContext> factory, CurrentUser user, SecurityAudit audit, TimeProvider clock, Writes writes)
{
    /// <summary>The type and issuer codes of a conclusion notice ("Số 125-TB/TU"), the counter's key beside the committee and period.</summary>
    public const string NoticeType = "TB";

    public const string Issuer = "TU";

    /// <summary>Each committee that exists today or has numbered a notice this period, with the period in effect and the number its next notice takes.</summary>
    public async Task<IReadOnlyList<NumberingLine>> ListAsync(CancellationToken ct = default)
    {
        await audit.RequireAsync(user, a => a.Administers, "NoticeNumberCounters", "Xem số thông báo", ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = clock.Today();
        var period = await PeriodAsync(db, today, ct);
        var counters = await db.NoticeNumberCounters.AsNoTracking()
            .Where(c => c.IssuingUnitId != null && c.TypeCode == NoticeType && c.IssuerCode == Issuer && c.Period == period)
            .ToDictionaryAsync(c => c.IssuingUnitId!.Value, c => c.LastNumber, ct);
        var numbered = counters.Keys.ToList();

        // A committee that ended (merged in 2025) still numbers the notices of its own sessions this term.
        var committees = await db.Units.AsNoTracking()
            .Where(u => u.Kind == UnitKind.ProvincialCommittee && ((u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo >= today)) || numbered.Contains(u.Id)))
            .OrderBy(u => u.SearchKey).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        return [.. committees.Select(c => new NumberingLine(c.Id, c.Name, period, counters.GetValueOrDefault(c.Id)))];
    }

    /// <summary>Sets the next number of a committee for the period in effect today; refused when the page's figure is stale or a higher number was given.</summary>
    public Task<FormResult> SetNextAsync(NextNumberForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var request = new WriteRequest("NoticeNumberCounters", "Đặt số thông báo tiếp theo", a => a.Administers) { StaleKey = "Numbering_Stale" };
        return writes.RunAsync(request, async w =>
        {
            var next = form.NextNumber ?? throw Write.Fail(nameof(NextNumberForm.NextNumber), "Numbering_NextRequired");
            if (!await w.Db.Units.AnyAsync(u => u.Id == form.IssuingUnitId && u.Kind == UnitKind.ProvincialCommittee, ct))
            {
                throw Write.Fail(string.Empty, "Unit_NotFound");
            }

            var period = await PeriodAsync(w.Db, clock.Today(), ct);
            var counter = await w.Db.NoticeNumberCounters.SingleOrDefaultAsync(
                c => c.IssuingUnitId == form.IssuingUnitId && c.TypeCode == NoticeType && c.IssuerCode == Issuer && c.Period == period, ct);
            if (counter is null)
            {
                counter = new NoticeNumberCounter(form.IssuingUnitId, NoticeType, Issuer, period);
                w.Db.NoticeNumberCounters.Add(counter);
            }

            if (counter.LastNumber != form.LastNumber)
            {
                // A notice was issued since the page was read: its number stands, the figure on the page does not.
                throw Write.Fail(string.Empty, "Numbering_Stale");
            }

            var highest = await w.Db.ConclusionNotices
                .Where(n => n.IssuingUnitId == form.IssuingUnitId && n.TypeCode == NoticeType && n.IssuerCode == Issuer && n.NumberingPeriod == period)
                .MaxAsync(n => n.Number, ct) ?? 0;
            counter.ContinueFrom(next, highest);
        }, ct);
    }

    private static async Task<string> PeriodAsync(WorkSessionsDbContext db, DateOnly today, CancellationToken ct) =>
        (await ProfileInEffectAsync(db, today, ct)).Format.NumberingPeriod(today);
}

/// <summary>A committee's numbering in the period in effect: the last number given (0 before the first) and the next.</summary>
public sealed record NumberingLine(int IssuingUnitId, string Issuer, string Period, int LastNumber)
{
    public int NextNumber => LastNumber + 1;
}

/// <summary>What an administrator sets: the next number, against the last number the page showed.</summary>
public sealed class NextNumberForm
{
    public int IssuingUnitId { get; set; }

    public int LastNumber { get; set; }

    public int? NextNumber { get; set; }
}
