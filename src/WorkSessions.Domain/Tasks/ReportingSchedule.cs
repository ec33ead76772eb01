namespace WorkSessions.Domain.Tasks;

/// <summary>How often the lead unit reports progress (chế độ báo cáo).</summary>
public enum ReportingSchedule
{
    /// <summary>Khi hoàn thành.</summary>
    OnCompletion,

    /// <summary>Hằng tháng.</summary>
    Monthly,

    /// <summary>Hằng quý.</summary>
    Quarterly,

    /// <summary>6 tháng.</summary>
    HalfYearly,

    /// <summary>Hằng năm.</summary>
    Yearly,
}
