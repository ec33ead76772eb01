namespace WorkSessions.Domain.Notices;

public enum NoticeStatus
{
    /// <summary>Dự thảo: no number, marked "DỰ THẢO".</summary>
    Draft,

    /// <summary>Đã ban hành: numbered and frozen.</summary>
    Issued,
}
