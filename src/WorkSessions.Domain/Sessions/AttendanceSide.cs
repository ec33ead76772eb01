namespace WorkSessions.Domain.Sessions;

public enum AttendanceSide
{
    /// <summary>Đoàn công tác của tỉnh.</summary>
    ProvincialDelegation,

    /// <summary>Đơn vị làm việc (phía cơ sở).</summary>
    HostUnit,
}
