using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Officials;
using WorkSessions.Web.Features.Access;
using WorkSessions.Web.Features.Account;
using WorkSessions.Web.Infrastructure;

namespace WorkSessions.Web.Features.Officials;

/// <summary>
/// Officials and the positions they held. Office staff keep them too, because they add an official
/// when recording who attended a session; a title is ended, never erased, so old records keep it.
/// </summary>
public sealed class OfficialAdministration(IDbContextFactory<WorkSessionsDbContext> factory, CurrentUser user, SecurityAudit audit, DatabaseFaults faults)
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
    public async Task<FormResult> SaveAsync(OfficialForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var access = await audit.RequireAsync(user, MayEdit, "Officials", form.Id is null ? "Thêm cán bộ" : "Sửa tên cán bộ", ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await SaveAsync(db, async () =>
        {
            if (form.Id is { } id)
            {
                var official = await db.Officials.SingleOrDefaultAsync(o => o.Id == id, ct)
                    ?? throw new DomainException("Không tìm thấy cán bộ.", string.Empty);
                db.Entry(official).Property(o => o.Version).OriginalValue = form.Version;
                official.Rename(form.FullName);
                if (access.Administers)
                {
                    official.MarkReviewed(); // an official the office added from a session has now been looked at
                }
            }
            else
            {
                var official = new Official(form.FullName);
                await AddPositionAsync(db, official, form.Position, ct);
                db.Officials.Add(official);
            }
        }, ct);
    }

    public async Task<FormResult> AddPositionAsync(int officialId, PositionForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        await audit.RequireAsync(user, MayEdit, "Officials", "Thêm chức vụ của cán bộ", ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await SaveAsync(db, async () => await AddPositionAsync(db, await LoadAsync(db, officialId, ct), form, ct), ct);
    }

    public async Task<FormResult> EndPositionAsync(int officialId, int positionId, DateTime? lastDay, CancellationToken ct = default)
    {
        await audit.RequireAsync(user, MayEdit, "Officials", "Kết thúc chức vụ của cán bộ", ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await SaveAsync(db, async () =>
        {
            var official = await LoadAsync(db, officialId, ct);
            var holding = official.Positions.SingleOrDefault(p => p.Id == positionId)
                ?? throw new DomainException("Không tìm thấy chức vụ.", nameof(Official.Positions));
            var day = lastDay ?? throw new DomainException("Ngày thôi giữ chức vụ không được để trống.", nameof(PositionHolding.To));
            official.EndPosition(holding, DateOnly.FromDateTime(day));
        }, ct);
    }

    private static async Task AddPositionAsync(WorkSessionsDbContext db, Official official, PositionForm form, CancellationToken ct)
    {
        var from = form.From ?? throw new DomainException("Ngày bắt đầu giữ chức vụ không được để trống.", nameof(PositionHolding.From));
        var unit = form.UnitId is { } unitId
            ? await db.Units.SingleOrDefaultAsync(u => u.Id == unitId, ct) ?? throw new DomainException("Không tìm thấy đơn vị.", nameof(PositionHolding.Unit))
            : null;
        official.AddPosition(form.Title, unit, DateOnly.FromDateTime(from), form.To is { } to ? DateOnly.FromDateTime(to) : null, form.Rank);
    }

    private static async Task<Official> LoadAsync(WorkSessionsDbContext db, int id, CancellationToken ct) =>
        await db.Officials.Include(o => o.Positions).SingleOrDefaultAsync(o => o.Id == id, ct)
            ?? throw new DomainException("Không tìm thấy cán bộ.", string.Empty);

    private async Task<FormResult> SaveAsync(WorkSessionsDbContext db, Func<Task> change, CancellationToken ct)
    {
        try
        {
            await change();
            await db.SaveChangesAsync(ct);
            return FormResult.Ok;
        }
        catch (DomainException e)
        {
            return FormResult.Fail(e.Field ?? string.Empty, e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FormResult.Fail(string.Empty, "Cán bộ vừa được người khác thay đổi. Hãy tải lại trang rồi sửa lại.");
        }
        catch (Exception e) when (faults.Refuses(e, "Lưu cán bộ", out var unavailable))
        {
            return unavailable;
        }
    }

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
