using Microsoft.Extensions.Localization;

namespace WorkSessions.Web.Features.Account;

/// <summary>How long to wait, as the sign-in and change-password forms and the 429 page say it.</summary>
public static class ThrottleWording
{
    /// <summary>"Đã nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 15 phút."</summary>
    public static string Throttled(this IStringLocalizer localizer, TimeSpan wait) =>
        localizer["Login_Throttled", Duration(localizer, wait)];

    /// <summary>A wait rounded up: "45 giây" under a minute, "15 phút" from a minute.</summary>
    public static string Duration(this IStringLocalizer localizer, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return seconds < 60 ? localizer["Wait_Seconds", seconds] : localizer["Wait_Minutes", (int)Math.Ceiling(seconds / 60.0)];
    }
}
