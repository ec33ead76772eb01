using WorkSessions.Data.Identity;

namespace WorkSessions.Web.Tests.Infrastructure;

/// <summary>Builds permission-matrix theory data: one row per operation and role, plus "anonymous".</summary>
internal static class RoleTable
{
    /// <summary>The column order of every matrix: administrator (with 2FA), office staff, leadership, unit user (Trực Ninh).</summary>
    public static readonly string[] Roles = [PortalRoles.Administrator, PortalRoles.OfficeStaff, PortalRoles.Leadership, PortalRoles.UnitUser];

    public static TheoryData<string, string, T> Of<T>(T anonymous, params (string Key, T[] PerRole)[] rows)
    {
        var data = new TheoryData<string, string, T>();
        foreach (var (key, perRole) in rows)
        {
            for (var i = 0; i < Roles.Length; i++)
            {
                data.Add(key, Roles[i], perRole[i]);
            }

            data.Add(key, "anonymous", anonymous);
        }

        return data;
    }
}
