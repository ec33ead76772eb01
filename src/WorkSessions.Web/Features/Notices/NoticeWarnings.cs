using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Notices;
using WorkSessions.Domain.Units;
using WorkSessions.Web.Shared.Forms;

namespace WorkSessions.Web.Features.Notices;

/// <summary>
/// What the office should know before a draft of an old session is issued today: the issuing
/// committee has ended (and which committee took it over), or the signer no longer holds the
/// position (and who holds it today). Warnings, not refusals: the office decides. Said as codes
/// with values, like every refusal (<see cref="FormError"/>).
/// </summary>
internal static class NoticeWarnings
{
    public static async Task<IReadOnlyList<FormError>> ForDraftAsync(WorkSessionsDbContext db, ConclusionNotice notice, DateOnly today, CancellationToken ct)
    {
        var warnings = new List<FormError>();
        Unit? issuer = null;
        Unit? successor = null;
        if (notice.IssuingUnitId is { } issuerId)
        {
            var units = await db.Units.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
            issuer = units.GetValueOrDefault(issuerId);
            if (issuer?.ValidTo is { } ended && ended < today)
            {
                successor = SuccessorOn(units, issuer, today);
                warnings.Add(successor is null
                    ? new(string.Empty, "NoticeWarning_IssuerEnded", [issuer.Name, ended])
                    : new(string.Empty, "NoticeWarning_IssuerEndedSuccessor", [issuer.Name, ended, successor.Name]));
            }
        }

        var position = VietnameseText.Fold(notice.SignerPosition);
        var signerKey = VietnameseText.SearchKey(notice.SignerName);
        if (position.Length == 0 || signerKey.Length == 0)
        {
            return warnings;
        }

        var signer = await db.Officials.AsNoTracking().Include(o => o.Positions).FirstOrDefaultAsync(o => o.SearchKey == signerKey, ct);
        var held = signer?.Positions.Where(p => IsPosition(p.Title, position) && (p.UnitId is null || p.UnitId == issuer?.Id)).ToList() ?? [];
        if (held.Count == 0 || held.Any(p => p.IsHeldOn(today)))
        {
            return warnings;
        }

        var lastDay = held.Max(p => p.To!.Value);
        var title = held.OrderByDescending(p => p.To).First().Title;
        var unitToday = successor?.Id ?? issuer?.Id;
        var holders = await db.Officials.AsNoTracking().Include(o => o.Positions)
            .Where(o => o.Positions.Any(p => p.UnitId == unitToday))
            .ToListAsync(ct);
        var holder = holders.FirstOrDefault(o => o.Positions.Any(p => p.UnitId == unitToday && p.IsHeldOn(today) && IsPosition(p.Title, position)));
        warnings.Add(holder is null
            ? new(string.Empty, "NoticeWarning_SignerLeft", [signer!.FullName, title, lastDay])
            : new(string.Empty, "NoticeWarning_SignerLeftSuccessor", [signer!.FullName, title, lastDay, holder.FullName]));
        return warnings;
    }

    /// <summary>The committee that took the ended one over and exists on the day, following mergers one after another.</summary>
    private static Unit? SuccessorOn(Dictionary<int, Unit> units, Unit ended, DateOnly day)
    {
        for (var next = ended.MergedIntoId is { } id ? units.GetValueOrDefault(id) : null; next is not null; next = next.MergedIntoId is { } nextId ? units.GetValueOrDefault(nextId) : null)
        {
            if (next.IsValidOn(day))
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>"Bí thư Tỉnh ủy" is the position "Bí thư" of the notice's position line; "Phó Bí thư" is not.</summary>
    private static bool IsPosition(string title, string foldedPosition)
    {
        var folded = VietnameseText.Fold(title);
        return folded == foldedPosition || folded.StartsWith(foldedPosition + " ", StringComparison.Ordinal);
    }
}
