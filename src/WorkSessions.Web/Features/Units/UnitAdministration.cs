using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Units;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Shared.Forms;

namespace WorkSessions.Web.Features.Units;

/// <summary>
/// Administrators keep the register of units: add a unit, rename or move it, and record the day it
/// ended and what it was merged into. Nothing is reopened or erased: old records keep the names of their day.
/// </summary>
public sealed class UnitAdministration(IDbContextFactory<WorkSessionsDbContext> factory, CurrentUser user, SecurityAudit audit, Writes writes)
{
    /// <summary>Every unit, closed ones too (a unit of 2021 hung under a committee that no longer exists).</summary>
    public async Task<IReadOnlyList<UnitChoice>> UnitChoicesAsync(CancellationToken ct = default)
    {
        await audit.RequireAsync(user, a => a.ReadsEverything, "Units", "Xem danh sách chọn đơn vị", ct);

        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Units.AsNoTracking().OrderBy(u => u.SearchKey)
            .Select(u => new UnitChoice(u.Id, u.Name, u.ValidTo))
            .ToListAsync(ct);
    }

    public async Task<UnitForm?> GetAsync(int id, CancellationToken ct = default)
    {
        await audit.RequireAsync(user, a => a.Administers, "Units", "Xem đơn vị để sửa", ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        return unit is null ? null : UnitForm.From(unit);
    }

    /// <summary>An administrator adds or changes a unit; saving a unit the office added marks it reviewed.</summary>
    public async Task<FormResult> SaveAsync(UnitForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        return await SaveFormAsync(new("Units", form.Id is null ? "Thêm đơn vị" : "Sửa đơn vị", a => a.Administers), form, fromSession: false, ct);
    }

    /// <summary>
    /// Office staff add a unit a session needs (name, kind, parent, first day) without waiting for an
    /// administrator; the unit is usable at once, audited like every change, and listed for an
    /// administrator to review. Only a new, open unit can be added this way. Brings back the new unit's id.
    /// </summary>
    public Task<FormResult<int>> AddForSessionAsync(UnitForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        return SaveFormAsync(new("Units", "Thêm đơn vị từ buổi làm việc", a => a.RecordsSessions), form, fromSession: true, ct);
    }

    private Task<FormResult<int>> SaveFormAsync(WriteRequest request, UnitForm form, bool fromSession, CancellationToken ct) =>
        writes.RunAsync(request with { StaleKey = "Unit_Stale" }, async w =>
        {
            if (fromSession && (form.Id is not null || form.ValidTo is not null || form.MergedIntoId is not null))
            {
                throw Write.Fail(string.Empty, "Unit_OnlyNewFromSession");
            }

            var validFrom = form.ValidFrom ?? throw Write.Fail(nameof(Unit.ValidFrom), "Unit_FirstDayRequired");
            if (form.MergedIntoId is not null && form.ValidTo is null)
            {
                throw Write.Fail(nameof(Unit.ValidTo), "Unit_MergedLastDayRequired");
            }

            var parent = await LoadWithAncestorsAsync(w.Db, form.ParentId, nameof(Unit.Parent), ct);
            Unit unit;
            if (form.Id is { } id)
            {
                unit = await w.Db.Units.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw Write.Fail(string.Empty, "Unit_NotFound");
                w.ExpectVersion(unit, form.Version);
                unit.Rename(form.Name, form.ShortName);
                unit.SetParent(parent);
                unit.MarkReviewed();
            }
            else
            {
                unit = new Unit(form.Name, form.Kind, DateOnly.FromDateTime(validFrom), parent, form.ShortName);
                if (fromSession)
                {
                    unit.AwaitReview();
                }

                w.Db.Units.Add(unit);
            }

            await EndAsync(w.Db, unit, form, ct);
            await w.Db.SaveChangesAsync(ct); // the id is the answer
            return unit.Id;
        }, ct);

    /// <summary>Closes or merges the unit when the form says so; an end already recorded can be moved but not removed.</summary>
    private static async Task EndAsync(WorkSessionsDbContext db, Unit unit, UnitForm form, CancellationToken ct)
    {
        if (form.ValidTo is not { } validTo)
        {
            if (unit.ValidTo is not null)
            {
                throw Write.Fail(nameof(Unit.ValidTo), "Unit_LastDayKept");
            }

            return;
        }

        var lastDay = DateOnly.FromDateTime(validTo);
        if (lastDay == unit.ValidTo && form.MergedIntoId == unit.MergedIntoId)
        {
            return;
        }

        if (form.MergedIntoId is { } successorId)
        {
            var successor = await db.Units.SingleOrDefaultAsync(u => u.Id == successorId, ct)
                ?? throw Write.Fail(nameof(Unit.MergedInto), "Unit_NotFound");
            unit.MergeInto(successor, lastDay);
        }
        else if (unit.MergedIntoId is not null)
        {
            throw Write.Fail(nameof(Unit.MergedInto), "Unit_SuccessorKept");
        }
        else
        {
            unit.Close(lastDay);
        }
    }

    /// <summary>Loads the parent and its ancestors, tracked, so that SetParent can refuse a cycle.</summary>
    private static async Task<Unit?> LoadWithAncestorsAsync(WorkSessionsDbContext db, int? id, string field, CancellationToken ct)
    {
        if (id is null)
        {
            return null;
        }

        var parent = await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct)
            ?? throw Write.Fail(field, "Unit_NotFound");
        for (var unit = parent; unit.ParentId is { } next; unit = unit.Parent!)
        {
            await db.Units.SingleAsync(u => u.Id == next, ct); // tracking sets unit.Parent
        }

        return parent;
    }
}

/// <summary>A unit offered in a picker; closed units are marked with their last day.</summary>
public sealed record UnitChoice(int Id, string Name, DateOnly? ValidTo);

/// <summary>What an administrator fills in for a unit. Kind and founding day are set when the unit is added.</summary>
public sealed class UnitForm
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? ShortName { get; set; }

    public UnitKind Kind { get; set; } = UnitKind.CommuneCommittee;

    public int? ParentId { get; set; }

    public DateTime? ValidFrom { get; set; }

    public DateTime? ValidTo { get; set; }

    public int? MergedIntoId { get; set; }

    public static UnitForm From(Unit unit) => new()
    {
        Id = unit.Id,
        Version = unit.Version,
        Name = unit.Name,
        ShortName = unit.ShortName,
        Kind = unit.Kind,
        ParentId = unit.ParentId,
        ValidFrom = unit.ValidFrom.ToDateTime(TimeOnly.MinValue),
        ValidTo = unit.ValidTo?.ToDateTime(TimeOnly.MinValue),
        MergedIntoId = unit.MergedIntoId,
    };
}
