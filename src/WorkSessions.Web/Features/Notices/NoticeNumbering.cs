using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Notices;

namespace WorkSessions.Web.Features.Notices;

/// <summary>
/// Draws the next running number of an issuing committee for a document type and period. Must run inside the
/// transaction that issues the notice: the counter row is updated first, which takes the write
/// lock (SQLite's BEGIN IMMEDIATE, SQL Server's row lock), so a second issuer waits and then
/// reads the next number. If the transaction rolls back the number was never given.
/// </summary>
internal static class NoticeNumbering
{
    public static async Task<int> NextAsync(WorkSessionsDbContext db, int? issuingUnitId, string typeCode, string issuerCode, string period, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A notice number is drawn only inside the issuing transaction.");
        }

        var counter = db.NoticeNumberCounters.Where(c => c.IssuingUnitId == issuingUnitId && c.TypeCode == typeCode && c.IssuerCode == issuerCode && c.Period == period);
        if (await counter.ExecuteUpdateAsync(s => s.SetProperty(c => c.LastNumber, c => c.LastNumber + 1), ct) == 0)
        {
            // The first notice of the period. Two first issuers at once: the unique index lets one
            // insert win; the other's transaction fails and is retried by the caller.
            db.NoticeNumberCounters.Add(new NoticeNumberCounter(issuingUnitId, typeCode, issuerCode, period));
            await db.SaveChangesAsync(ct);
            await counter.ExecuteUpdateAsync(s => s.SetProperty(c => c.LastNumber, c => c.LastNumber + 1), ct);
        }

        return await counter.Select(c => c.LastNumber).SingleAsync(ct);
    }
}
