using WorkSessions.Domain.Notifications;

namespace WorkSessions.Web.Features.Notifications;

/// <summary>The heading of each kind, for the e-mail's subject. The UI reads the same words from its resources.</summary>
public static class NotificationText
{
    public static string Heading(NotificationKind kind) => kind switch
    {
        NotificationKind.TaskAssigned => "Nhiệm vụ mới",
        NotificationKind.DueSoon => "Nhiệm vụ sắp đến hạn",
        NotificationKind.Overdue => "Nhiệm vụ quá hạn",
        NotificationKind.Returned => "Báo cáo hoàn thành bị trả lại",
        NotificationKind.ExtensionDecided => "Kết quả đề nghị gia hạn",
        NotificationKind.ReportedDone => "Nhiệm vụ chờ xác nhận hoàn thành",
        _ => "Đề nghị gia hạn chờ duyệt",
    };
}
