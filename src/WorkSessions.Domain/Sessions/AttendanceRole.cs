namespace WorkSessions.Domain.Sessions;

public enum AttendanceRole
{
    /// <summary>Chủ trì.</summary>
    Chair,

    /// <summary>Dự.</summary>
    Attending,

    /// <summary>Báo cáo.</summary>
    Reporting,
}
