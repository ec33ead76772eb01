using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Common;
using WorkSessions.Web.Features.Access;
using WorkSessions.Web.Features.Account;
using WorkSessions.Web.Infrastructure;

namespace WorkSessions.Web.Features.Admin;

/// <summary>
/// What an administrator does with accounts: list, create, change role and unit, disable, reset a
/// password. Every operation checks the administrator role here, whatever the page shows.
/// </summary>
public sealed class UserAdministration(
    UserScopes scopes,
    IDbContextFactory<WorkSessionsDbContext> factory,
    CurrentUser user,
    SecurityAudit audit,
    TimeProvider clock,
    DatabaseFaults faults)
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

    public Task<FormResult> SaveAsync(UserForm form) => GuardedAsync("Lưu người dùng", () => SaveUnguardedAsync(form));

    public Task<FormResult> SetActiveAsync(string id, bool active) => GuardedAsync(active ? "Mở khóa người dùng" : "Khóa người dùng", () => SetActiveUnguardedAsync(id, active));

    /// <summary>Sets a random temporary password, shown once to the administrator to hand over.</summary>
    public Task<FormResult> ResetPasswordAsync(string id) => GuardedAsync("Đặt lại mật khẩu", () => ResetPasswordUnguardedAsync(id));

    /// <summary>Identity saves several times per action: a database that fails at any of them gives the one message.</summary>
    private async Task<FormResult> GuardedAsync(string action, Func<Task<FormResult>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception e) when (faults.Refuses(e, action, out var unavailable))
        {
            return unavailable;
        }
    }

    private async Task<FormResult> SaveUnguardedAsync(UserForm form)
    {
        await audit.RequireAsync(user, a => a.Administers, "Users", "Tạo hoặc sửa người dùng");
        if (await ValidateAsync(form) is { } invalid)
        {
            return invalid;
        }

        await using var scope = scopes.Create();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var account = form.IsNew ? new PortalUser { UserName = form.UserName.Trim() } : await users.FindByIdAsync(form.Id!);
        if (account is null)
        {
            return FormResult.Fail(string.Empty, "Không tìm thấy người dùng.");
        }

        account.FullName = VietnameseText.Clean(form.FullName);
        account.Email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim();
        account.UnitId = form.Role == PortalRoles.UnitUser ? form.UnitId : null;
        var saved = form.IsNew ? await users.CreateAsync(account, form.Password) : await users.UpdateAsync(account);
        if (!saved.Succeeded)
        {
            return Errors(saved);
        }

        var current = await users.GetRolesAsync(account);
        if (!current.SequenceEqual([form.Role]))
        {
            await users.RemoveFromRolesAsync(account, current);
            await users.AddToRoleAsync(account, form.Role);

            // A new role must not ride on an old cookie: the user signs in again.
            await users.UpdateSecurityStampAsync(account);
        }

        return FormResult.Ok;
    }

    private async Task<FormResult> SetActiveUnguardedAsync(string id, bool active)
    {
        var access = await audit.RequireAsync(user, a => a.Administers, "Users", active ? "Mở khóa người dùng" : "Khóa người dùng");
        await using var scope = scopes.Create();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return FormResult.Fail(string.Empty, "Không tìm thấy người dùng.");
        }

        if (!active && account.UserName == access.UserName)
        {
            return FormResult.Fail(string.Empty, "Không thể tự khóa tài khoản của chính mình.");
        }

        account.IsActive = active;
        var saved = await users.UpdateAsync(account);
        if (saved.Succeeded && !active)
        {
            await users.UpdateSecurityStampAsync(account);
        }

        return saved.Succeeded ? FormResult.Ok : Errors(saved);
    }

    private async Task<FormResult> ResetPasswordUnguardedAsync(string id)
    {
        await audit.RequireAsync(user, a => a.Administers, "Users", "Đặt lại mật khẩu");
        await using var scope = scopes.Create();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return FormResult.Fail(string.Empty, "Không tìm thấy người dùng.");
        }

        var password = TemporaryPassword();
        var token = await users.GeneratePasswordResetTokenAsync(account);
        var reset = await users.ResetPasswordAsync(account, token, password);
        if (!reset.Succeeded)
        {
            return Errors(reset);
        }

        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        await scope.ServiceProvider.GetRequiredService<SignInThrottle>().ForgetAsync(account.UserName!);
        return FormResult.Ok with { Message = password };
    }

    private async Task<FormResult?> ValidateAsync(UserForm form)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(form.UserName))
        {
            errors[nameof(UserForm.UserName)] = "Vui lòng nhập tên đăng nhập.";
        }
        else if (form.UserName.Trim().Length > PortalUser.UserNameMaxLength)
        {
            errors[nameof(UserForm.UserName)] = $"Tên đăng nhập dài quá {PortalUser.UserNameMaxLength} ký tự.";
        }

        if (string.IsNullOrWhiteSpace(form.FullName))
        {
            errors[nameof(UserForm.FullName)] = "Vui lòng nhập họ và tên.";
        }
        else if (form.FullName.Trim().Length > PortalUser.FullNameMaxLength)
        {
            errors[nameof(UserForm.FullName)] = $"Họ và tên dài quá {PortalUser.FullNameMaxLength} ký tự.";
        }

        // Optional: it is where notifications are e-mailed, when the portal sends e-mail at all.
        if (!string.IsNullOrWhiteSpace(form.Email) && !System.Net.Mail.MailAddress.TryCreate(form.Email.Trim(), out _))
        {
            errors[nameof(UserForm.Email)] = "Địa chỉ thư điện tử không hợp lệ (ví dụ: vanphong@tinhuy.vn).";
        }

        if (!PortalRoles.All.Contains(form.Role))
        {
            errors[nameof(UserForm.Role)] = "Vui lòng chọn vai trò.";
        }
        else if (form.Role == PortalRoles.UnitUser)
        {
            await using var db = await factory.CreateDbContextAsync();
            if (form.UnitId is not { } unit || !await db.Units.AnyAsync(u => u.Id == unit))
            {
                errors[nameof(UserForm.UnitId)] = "Người dùng của đơn vị phải gắn với một đơn vị.";
            }
        }

        if (form.IsNew && string.IsNullOrEmpty(form.Password))
        {
            errors[nameof(UserForm.Password)] = "Vui lòng nhập mật khẩu ban đầu.";
        }

        return errors.Count == 0 ? null : new FormResult(errors);
    }

    /// <summary>Identity's messages, each beside the field it is about.</summary>
    private static FormResult Errors(IdentityResult result) => new(result.Errors
        .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(UserForm.Password)
            : e.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(UserForm.UserName)
            : string.Empty)
        .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Description))));

    /// <summary>16 characters with every class the password rules could ask for.</summary>
    private static string TemporaryPassword()
    {
        const string letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = Enumerable.Range(0, 12).Select(_ => letters[RandomNumberGenerator.GetInt32(letters.Length)]).ToList();
        chars.AddRange("Aa7!");
        return new string(chars.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue)).ToArray());
    }
}
