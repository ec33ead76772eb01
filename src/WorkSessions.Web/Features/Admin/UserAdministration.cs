using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Common;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Features.Account;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Web.Shared.Forms;

namespace WorkSessions.Web.Features.Admin;

/// <summary>
/// What an administrator does with accounts: list, create, change role and unit, disable, reset a
/// password. Every operation checks the administrator role here, whatever the page shows.
/// </summary>
public sealed class UserAdministration(
    IDbContextFactory<WorkSessionsDbContext> factory,
    CurrentUser user,
    SecurityAudit audit,
    TimeProvider clock,
    Writes writes,
    SignInThrottle throttle)
{
    public async Task<PagedResult<UserListItem>> ListAsync(string? search, PageRequest page, CancellationToken ct = default)
    {
        await audit.RequireAsync(user, a => a.Administers, "Users", "Xem danh sách người dùng", ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Users.AsNoTracking();
        var text = VietnameseText.Clean(search);
        if (text.Length > 0)
        {
            var upper = text.ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(upper) || u.FullName.Contains(text));
        }

        var total = await query.CountAsync(ct);
        var rows = await (page.Descending ? query.OrderByDescending(u => u.UserName) : query.OrderBy(u => u.UserName))
            .Page(page)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.FullName,
                Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                u.UnitId,
                Unit = u.Unit == null ? null : u.Unit.Name,
                u.IsActive,
                u.LockoutEnd,
                u.TwoFactorEnabled,
                u.Email,
            })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        return new PagedResult<UserListItem>(
            [.. rows.Select(r => new UserListItem(r.Id, r.UserName ?? string.Empty, r.FullName, r.Role, r.UnitId, r.Unit, r.IsActive, r.LockoutEnd > now, r.TwoFactorEnabled, r.Email))],
            total);
    }

    /// <summary>The units a unit user can belong to: those that exist today.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> UnitChoicesAsync()
    {
        await audit.RequireAsync(user, a => a.Administers, "Users", "Xem danh sách đơn vị");
        await using var db = await factory.CreateDbContextAsync();
        var today = clock.Today();
        var units = await db.Units.AsNoTracking()
            .Where(u => u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo >= today))
            .OrderBy(u => u.SearchKey)
            .Select(u => new { u.Id, u.Name })
            .ToListAsync();
        return [.. units.Select(u => (u.Id, u.Name))];
    }

    public Task<FormResult> SaveAsync(UserForm form) => writes.RunAsync(Request("Tạo hoặc sửa người dùng"), async w =>
    {
        if (await ValidateAsync(w.Db, form) is { Count: > 0 } invalid)
        {
            throw new WriteFailedException(new FormResult(invalid));
        }

        var users = w.Services.GetRequiredService<UserManager<PortalUser>>();
        var account = form.IsNew ? new PortalUser { UserName = form.UserName.Trim() } : await users.FindByIdAsync(form.Id!) ?? throw Write.Fail(string.Empty, "User_NotFound");
        account.FullName = VietnameseText.Clean(form.FullName);
        account.Email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim();
        account.UnitId = form.Role == PortalRoles.UnitUser ? form.UnitId : null;
        Require(form.IsNew ? await users.CreateAsync(account, form.Password) : await users.UpdateAsync(account));
        var current = await users.GetRolesAsync(account);
        if (!current.SequenceEqual([form.Role]))
        {
            Require(await users.RemoveFromRolesAsync(account, current));
            Require(await users.AddToRoleAsync(account, form.Role));

            // A new role must not ride on an old cookie: the user signs in again.
            Require(await users.UpdateSecurityStampAsync(account));
        }
    });

    public Task<FormResult> SetActiveAsync(string id, bool active) => writes.RunAsync(Request(active ? "Mở khóa người dùng" : "Khóa người dùng"), async w =>
    {
        var users = w.Services.GetRequiredService<UserManager<PortalUser>>();
        var account = await users.FindByIdAsync(id) ?? throw Write.Fail(string.Empty, "User_NotFound");
        if (!active && account.UserName == w.Access.UserName)
        {
            throw Write.Fail(string.Empty, "User_CannotDisableSelf");
        }

        account.IsActive = active;
        Require(await users.UpdateAsync(account));
        if (!active)
        {
            Require(await users.UpdateSecurityStampAsync(account));
        }
    });

    /// <summary>Sets a random temporary password and brings it back, shown once to the administrator to hand over.</summary>
    public async Task<FormResult<string>> ResetPasswordAsync(string id)
    {
        string? userName = null;
        var reset = await writes.RunAsync(Request("Đặt lại mật khẩu"), async w =>
        {
            var users = w.Services.GetRequiredService<UserManager<PortalUser>>();
            var account = await users.FindByIdAsync(id) ?? throw Write.Fail(string.Empty, "User_NotFound");
            var password = TemporaryPassword();
            Require(await users.ResetPasswordAsync(account, await users.GeneratePasswordResetTokenAsync(account), password));
            Require(await users.SetLockoutEndDateAsync(account, null));
            Require(await users.ResetAccessFailedCountAsync(account));
            userName = account.UserName;
            return password;
        });
        if (reset.Succeeded)
        {
            // Its own connection: after the write, so it does not wait on the write's transaction.
            await throttle.ForgetAsync(userName!);
        }

        return reset;
    }

    private static async Task<List<FormError>> ValidateAsync(WorkSessionsDbContext db, UserForm form)
    {
        var errors = new List<FormError>();
        if (string.IsNullOrWhiteSpace(form.UserName))
        {
            errors.Add(new(nameof(UserForm.UserName), "User_NameRequired", []));
        }
        else if (form.UserName.Trim().Length > PortalUser.UserNameMaxLength)
        {
            errors.Add(new(nameof(UserForm.UserName), "User_NameTooLong", [PortalUser.UserNameMaxLength]));
        }

        if (string.IsNullOrWhiteSpace(form.FullName))
        {
            errors.Add(new(nameof(UserForm.FullName), "User_FullNameRequired", []));
        }
        else if (form.FullName.Trim().Length > PortalUser.FullNameMaxLength)
        {
            errors.Add(new(nameof(UserForm.FullName), "User_FullNameTooLong", [PortalUser.FullNameMaxLength]));
        }

        // Optional: it is where notifications are e-mailed, when the portal sends e-mail at all.
        if (!string.IsNullOrWhiteSpace(form.Email) && !System.Net.Mail.MailAddress.TryCreate(form.Email.Trim(), out _))
        {
            errors.Add(new(nameof(UserForm.Email), "User_EmailInvalid", []));
        }

        if (!PortalRoles.All.Contains(form.Role))
        {
            errors.Add(new(nameof(UserForm.Role), "User_RoleRequired", []));
        }
        else if (form.Role == PortalRoles.UnitUser && (form.UnitId is not { } unit || !await db.Units.AnyAsync(u => u.Id == unit)))
        {
            errors.Add(new(nameof(UserForm.UnitId), "User_UnitRequired", []));
        }

        if (form.IsNew && string.IsNullOrEmpty(form.Password))
        {
            errors.Add(new(nameof(UserForm.Password), "User_PasswordRequired", []));
        }

        return errors;
    }

    /// <summary>Identity's refusals end the write, each beside the field it is about, in Identity's words as the portal sets them.</summary>
    private static void Require(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new WriteFailedException(new FormResult([.. result.Errors.Select(e => new FormError(
                e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(UserForm.Password)
                    : e.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(UserForm.UserName)
                    : string.Empty,
                $"Identity_{e.Code}",
                []) { Said = e.Description })]));
        }
    }

    private static WriteRequest Request(string action) => new("Users", action, a => a.Administers);

    /// <summary>16 characters with every class the password rules could ask for.</summary>
    private static string TemporaryPassword()
    {
        const string letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = Enumerable.Range(0, 12).Select(_ => letters[RandomNumberGenerator.GetInt32(letters.Length)]).ToList();
        chars.AddRange("Aa7!");
        return new string(chars.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue)).ToArray());
    }
}
