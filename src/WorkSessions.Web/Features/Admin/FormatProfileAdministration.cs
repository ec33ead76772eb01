using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Notices;
using WorkSessions.Web.Features.Access;
using WorkSessions.Web.Features.Account;
using WorkSessions.Web.Infrastructure;

namespace WorkSessions.Web.Features.Admin;

/// <summary>
/// Format profiles of the conclusion notice: an administrator adds one when the guidance is
/// revised, or corrects one. Issued notices keep the PDF they were issued with, so a change
/// only affects drafts and notices issued after it.
/// </summary>
public sealed class FormatProfileAdministration(IDbContextFactory<WorkSessionsDbContext> factory, CurrentUser user, SecurityAudit audit, TimeProvider clock, DatabaseFaults faults)
{
    public async Task<IReadOnlyList<FormatProfileListItem>> ListAsync(CancellationToken ct = default)
    {
        await audit.RequireAsync(user, a => a.Administers, "NoticeFormatProfiles", "Xem mẫu thể thức", ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var profiles = await db.NoticeFormatProfiles.AsNoTracking().OrderByDescending(p => p.EffectiveFrom).ToListAsync(ct);
        var inEffect = NoticeFormatProfile.InEffectOn(profiles, clock.Today());
        return [.. profiles.Select(p => new FormatProfileListItem(p.Id, p.Name, p.EffectiveFrom, p == inEffect, FormatProfileForm.From(p)))];
    }

    public async Task<FormResult> SaveAsync(FormatProfileForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        await audit.RequireAsync(user, a => a.Administers, "NoticeFormatProfiles", form.Id is null ? "Thêm mẫu thể thức" : "Sửa mẫu thể thức", ct);
        if (form.EffectiveFrom is not { } effectiveFrom)
        {
            return FormResult.Fail(nameof(NoticeFormatProfile.EffectiveFrom), "Ngày áp dụng không được để trống.");
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var day = DateOnly.FromDateTime(effectiveFrom);
        if (await db.NoticeFormatProfiles.AnyAsync(p => p.EffectiveFrom == day && p.Id != form.Id, ct))
        {
            return FormResult.Fail(nameof(NoticeFormatProfile.EffectiveFrom), "Đã có mẫu thể thức áp dụng từ ngày này.");
        }

        try
        {
            NoticeFormatProfile profile;
            if (form.Id is { } id)
            {
                profile = await db.NoticeFormatProfiles.SingleOrDefaultAsync(p => p.Id == id, ct)
                    ?? throw new DomainException("Không tìm thấy mẫu thể thức.", string.Empty);
                db.Entry(profile).Property(p => p.Version).OriginalValue = form.Version;
                profile.Change(form.Name, day, form.Format);
            }
            else
            {
                profile = new NoticeFormatProfile(form.Name, day, form.Format);
                db.NoticeFormatProfiles.Add(profile);
            }

            await db.SaveChangesAsync(ct);
            return FormResult.Ok;
        }
        catch (DomainException e)
        {
            return FormResult.Fail(e.Field ?? string.Empty, e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FormResult.Fail(string.Empty, "Mẫu thể thức vừa được người khác thay đổi. Hãy tải lại trang rồi sửa lại.");
        }
        catch (Exception e) when (faults.Refuses(e, "Lưu mẫu thể thức", out var unavailable))
        {
            return unavailable;
        }
    }

    /// <summary>Soft delete; the last profile stays, so there is always a format to print with.</summary>
    public async Task<FormResult> DeleteAsync(int id, CancellationToken ct = default)
    {
        await audit.RequireAsync(user, a => a.Administers, "NoticeFormatProfiles", "Xóa mẫu thể thức", ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.NoticeFormatProfiles.CountAsync(ct) <= 1)
        {
            return FormResult.Fail(string.Empty, "Phải còn ít nhất một mẫu thể thức.");
        }

        var profile = await db.NoticeFormatProfiles.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (profile is null)
        {
            return FormResult.Fail(string.Empty, "Không tìm thấy mẫu thể thức.");
        }

        db.NoticeFormatProfiles.Remove(profile);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (faults.Refuses(e, "Xóa mẫu thể thức", out var unavailable))
        {
            return unavailable;
        }

        return FormResult.Ok;
    }
}

/// <summary>A profile in the administrator's list.</summary>
public sealed record FormatProfileListItem(int Id, string Name, DateOnly EffectiveFrom, bool InEffectToday, FormatProfileForm Form);

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
