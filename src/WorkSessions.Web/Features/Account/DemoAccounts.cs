using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Data.Identity;

namespace WorkSessions.Web.Features.Account;

/// <summary>
/// The demo accounts of the README, created only in demo mode; and the guard that keeps a
/// production portal from starting while any of them still opens with the demo password.
/// </summary>
public sealed class DemoAccounts(
    UserManager<PortalUser> users,
    RoleManager<IdentityRole> roles,
    IDbContextFactory<WorkSessionsDbContext> factory,
    ILogger<DemoAccounts> logger)
{
    public const string Password = "Demo@2021!";

    /// <summary>User name, full name, role and, for unit users, the unit's name.</summary>
    public static readonly IReadOnlyList<(string UserName, string FullName, string Role, string? Unit)> Accounts =
    [
        ("admin", "Quản trị hệ thống", PortalRoles.Administrator, null),
        ("vanphong", "Chuyên viên Văn phòng Tỉnh ủy", PortalRoles.OfficeStaff, null),
        ("lanhdao", "Lãnh đạo Tỉnh ủy", PortalRoles.Leadership, null),
        ("trucninh", "Văn phòng Huyện ủy Trực Ninh", PortalRoles.UnitUser, "Huyện ủy Trực Ninh"),
        ("cole", "Văn phòng Đảng ủy xã Cổ Lễ", PortalRoles.UnitUser, "Đảng ủy xã Cổ Lễ"),
    ];

    public async Task EnsureRolesAsync()
    {
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    public async Task CreateAsync()
    {
        await using var db = await factory.CreateDbContextAsync();
        foreach (var (userName, fullName, role, unitName) in Accounts)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var unitId = unitName is null ? (int?)null : await db.Units.Where(u => u.Name == unitName).Select(u => (int?)u.Id).SingleOrDefaultAsync();
            if (unitName is not null && unitId is null)
            {
                logger.LogWarning("Demo account {UserName} not created: unit {Unit} is not in the database", userName, unitName);
                continue;
            }

            // The password rules refuse the demo password wherever a person sets one; only demo mode,
            // which the operator turns on, writes it, as a hash, past them.
            var user = new PortalUser { UserName = userName, FullName = fullName, UnitId = unitId };
            user.PasswordHash = users.PasswordHasher.HashPassword(user, Password);
            Check(await users.CreateAsync(user));
            Check(await users.AddToRoleAsync(user, role));
        }
    }

    /// <summary>Throws when any demo account still accepts the demo password.</summary>
    public async Task EnsureNoneUsableAsync()
    {
        foreach (var (userName, _, _, _) in Accounts)
        {
            if (await users.FindByNameAsync(userName) is { } user && await users.CheckPasswordAsync(user, Password))
            {
                throw new InvalidOperationException(
                    $"Tài khoản \"{userName}\" vẫn dùng mật khẩu demo. Hãy đổi mật khẩu hoặc khóa tài khoản này trước khi chạy ở môi trường Production. " +
                    $"(Account \"{userName}\" still has the demo password; change it or disable it before running in Production.)");
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
