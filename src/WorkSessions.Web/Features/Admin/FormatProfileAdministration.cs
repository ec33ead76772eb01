using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Notices;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Shared.Forms;

namespace WorkSessions.Web.Features.Admin;

/// <summary>
/// Format profiles of the conclusion notice: an administrator adds one when the guidance is
/// revised, or corrects one. Issued notices keep the PDF they were issued with, so a change
/// only affects drafts and notices issued after it.
/// </summary>
public sealed class FormatProfileAdministration(IDbContextFactory<WorkSessionsDbContext> factory, CurrentUser user, SecurityAudit audit, TimeProvider clock, Writes writes)
{
    public async Task<IReadOnlyList<FormatProfileListItem>> ListAsync(CancellationToken ct = default)
    {
        await audit.RequireAsync(user, a => a.Administers, "NoticeFormatProfiles", "Xem mẫu thể thức", ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var profiles = await db.NoticeFormatProfiles.AsNoTracking().OrderByDescending(p => p.EffectiveFrom).ToListAsync(ct);
        var inEffect = NoticeFormatProfile.InEffectOn(profiles, clock.Today());
        return [.. profiles.Select(p => new FormatProfileListItem(p.Id, p.Name, p.EffectiveFrom, p == inEffect, p.IsActive, FormatProfileForm.From(p)))];
    }

    public Task<FormResult> SaveAsync(FormatProfileForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        return writes.RunAsync(Request(form.Id is null ? "Thêm mẫu thể thức" : "Sửa mẫu thể thức"), async w =>
        {
            var effectiveFrom = form.EffectiveFrom ?? throw Write.Fail(nameof(NoticeFormatProfile.EffectiveFrom), "Profile_FirstDayRequired");
            var day = DateOnly.FromDateTime(effectiveFrom);
            if (await w.Db.NoticeFormatProfiles.AnyAsync(p => p.EffectiveFrom == day && p.Id != form.Id, ct))
            {
                throw Write.Fail(nameof(NoticeFormatProfile.EffectiveFrom), "Profile_SameFirstDay");
            }

            if (form.Id is { } id)
            {
                var profile = await w.Db.NoticeFormatProfiles.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw Write.Fail(string.Empty, "Profile_NotFound");
                w.ExpectVersion(profile, form.Version);
                profile.Change(form.Name, day, form.Format);
            }
            else
            {
                w.Db.NoticeFormatProfiles.Add(new NoticeFormatProfile(form.Name, day, form.Format));
            }
        }, ct);
    }

    /// <summary>Soft delete; the last active profile stays, so there is always a format to print with.</summary>
    public Task<FormResult> DeleteAsync(int id, CancellationToken ct = default) =>
        writes.RunAsync(Request("Xóa mẫu thể thức"), async w =>
        {
            var profile = await w.Db.NoticeFormatProfiles.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw Write.Fail(string.Empty, "Profile_NotFound");
            await KeepOneActiveAsync(w, profile, ct);
            w.Db.NoticeFormatProfiles.Remove(profile);
        }, ct);

    /// <summary>
    /// Puts a profile in force from its first day, or takes it out: the office activates the 2026 profile
    /// once it has checked its measures against its copy of the rule. The last active profile stays.
    /// </summary>
    public Task<FormResult> SetActiveAsync(int id, int version, bool active, CancellationToken ct = default) =>
        writes.RunAsync(Request(active ? "Áp dụng mẫu thể thức" : "Ngừng áp dụng mẫu thể thức"), async w =>
        {
            var profile = await w.Db.NoticeFormatProfiles.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw Write.Fail(string.Empty, "Profile_NotFound");
            w.ExpectVersion(profile, version);
            if (active)
            {
                profile.Activate();
            }
            else
            {
                await KeepOneActiveAsync(w, profile, ct);
                profile.Deactivate();
            }
        }, ct);

    private static async Task KeepOneActiveAsync(Write w, NoticeFormatProfile leaving, CancellationToken ct)
    {
        if (leaving.IsActive && !await w.Db.NoticeFormatProfiles.AnyAsync(p => p.IsActive && p.Id != leaving.Id, ct))
        {
            throw Write.Fail(string.Empty, "Profile_LastOne");
        }
    }

    private static WriteRequest Request(string action) => new("NoticeFormatProfiles", action, a => a.Administers) { StaleKey = "Profile_Stale" };
}

/// <summary>A profile in the administrator's list.</summary>
public sealed record FormatProfileListItem(int Id, string Name, DateOnly EffectiveFrom, bool InEffectToday, bool IsActive, FormatProfileForm Form);

/// <summary>What an administrator fills in; the measures are edited as one immutable record, field by field.</summary>
public sealed class FormatProfileForm
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public string Name { get; set; } = string.Empty;

    public DateTime? EffectiveFrom { get; set; }

    public NoticeFormat Format { get; set; } = NoticeFormat.Guidance2018;

    public static FormatProfileForm From(NoticeFormatProfile profile) => new()
    {
        Id = profile.Id,
        Version = profile.Version,
        Name = profile.Name,
        EffectiveFrom = profile.EffectiveFrom.ToDateTime(TimeOnly.MinValue),
        Format = profile.Format,
    };

    /// <summary>A new profile starting from the measures of an existing one (the usual way to record a revision).</summary>
    public static FormatProfileForm CopyOf(FormatProfileForm source) => new() { Format = source.Format };
}
