using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Officials;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Shared.Forms;

namespace WorkSessions.Web.Features.Officials;

/// <summary>
/// Officials and the positions they held. Office staff keep them too, because they add an official
/// when recording who attended a session; a title is ended, never erased, so old records keep it.
/// </summary>
public sealed class OfficialAdministration(IDbContextFactory<WorkSessionsDbContext> factory, CurrentUser user, SecurityAudit audit, Writes writes)
{
    public async Task<OfficialDetails?> GetAsync(int id, CancellationToken ct = default)
    {
        await audit.RequireAsync(user, MayEdit, "Officials", "Xem cán bộ để sửa", ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var official = await db.Officials.AsNoTracking().Include(o => o.Positions).ThenInclude(p => p.Unit)
            .SingleOrDefaultAsync(o => o.Id == id, ct);
        return official is null ? null : new OfficialDetails(
            official.Id,
            official.Version,
            official.FullName,
            [.. official.Positions.Select(p => new PositionItem(p.Id, p.Title, p.Unit?.Name, p.From, p.To, p.Rank))]);
    }

    /// <summary>Adds an official with a first position, or renames one.</summary>
    public Task<FormResult> SaveAsync(OfficialForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        return writes.RunAsync(Request(form.Id is null ? "Thêm cán bộ" : "Sửa tên cán bộ"), async w =>
        {
            if (form.Id is { } id)
            {
                var official = await LoadAsync(w.Db, id, ct);
                w.ExpectVersion(official, form.Version);
                official.Rename(form.FullName);
                if (w.Access.Administers)
                {
                    official.MarkReviewed(); // an official the office added from a session has now been looked at
                }
            }
            else
            {
                var official = new Official(form.FullName);
                await AddPositionAsync(w.Db, official, form.Position, ct);
                w.Db.Officials.Add(official);
            }
        }, ct);
    }

    public Task<FormResult> AddPositionAsync(int officialId, PositionForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        return writes.RunAsync(Request("Thêm chức vụ của cán bộ"), async w => await AddPositionAsync(w.Db, await LoadAsync(w.Db, officialId, ct), form, ct), ct);
    }

    public Task<FormResult> EndPositionAsync(int officialId, int positionId, DateTime? lastDay, CancellationToken ct = default) =>
        writes.RunAsync(Request("Kết thúc chức vụ của cán bộ"), async w =>
        {
            var official = await LoadAsync(w.Db, officialId, ct);
            var holding = official.Positions.SingleOrDefault(p => p.Id == positionId)
                ?? throw Write.Fail(nameof(Official.Positions), "Official_PositionNotFound");
            var day = lastDay ?? throw Write.Fail(nameof(PositionHolding.To), "Official_LastDayRequired");
            official.EndPosition(holding, DateOnly.FromDateTime(day));
        }, ct);

    private static async Task AddPositionAsync(WorkSessionsDbContext db, Official official, PositionForm form, CancellationToken ct)
    {
        var from = form.From ?? throw Write.Fail(nameof(PositionHolding.From), "Official_FirstDayRequired");
        var unit = form.UnitId is { } unitId
            ? await db.Units.SingleOrDefaultAsync(u => u.Id == unitId, ct) ?? throw Write.Fail(nameof(PositionHolding.Unit), "Unit_NotFound")
            : null;
        official.AddPosition(form.Title, unit, DateOnly.FromDateTime(from), form.To is { } to ? DateOnly.FromDateTime(to) : null, form.Rank);
    }

    private static async Task<Official> LoadAsync(WorkSessionsDbContext db, int id, CancellationToken ct) =>
        await db.Officials.Include(o => o.Positions).SingleOrDefaultAsync(o => o.Id == id, ct)
            ?? throw Write.Fail(string.Empty, "Official_NotFound");

    private static WriteRequest Request(string action) => new("Officials", action, MayEdit) { StaleKey = "Official_Stale" };

    /// <summary>Administrators (signed in with a code) and office staff; leaders and unit users read only.</summary>
    private static bool MayEdit(UserAccess access) => access.Administers || access.Roles.Contains(PortalRoles.OfficeStaff);
}

/// <summary>An official with every position held, oldest first.</summary>
public sealed record OfficialDetails(int Id, int Version, string FullName, IReadOnlyList<PositionItem> Positions);

public sealed record PositionItem(int Id, string Title, string? Unit, DateOnly From, DateOnly? To, int Rank);

/// <summary>A new official comes with a first position; an existing one is only renamed through this form.</summary>
public sealed class OfficialForm
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public string FullName { get; set; } = string.Empty;

    public PositionForm Position { get; set; } = new();
}

public sealed class PositionForm
{
    public string Title { get; set; } = string.Empty;

    public int? UnitId { get; set; }

    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    /// <summary>Lower comes first in a combined title.</summary>
    public int Rank { get; set; }
}
