namespace WorkSessions.Domain.Conclusions;

/// <summary>The field (lĩnh vực) a directive belongs to, as conclusions group them.</summary>
public enum DirectiveField
{
    /// <summary>Xây dựng Đảng và hệ thống chính trị.</summary>
    PartyBuilding,

    /// <summary>Kiểm tra, giám sát, phòng chống tham nhũng, lãng phí.</summary>
    InspectionAndSupervision,

    /// <summary>Tổ chức, cán bộ.</summary>
    Personnel,

    /// <summary>Kinh tế.</summary>
    Economy,

    /// <summary>Nông nghiệp, nông thôn mới.</summary>
    AgricultureAndNewRural,

    /// <summary>Hạ tầng, đầu tư.</summary>
    InfrastructureAndInvestment,

    /// <summary>Văn hóa - xã hội, an sinh xã hội.</summary>
    CultureAndSociety,

    /// <summary>Cải cách hành chính, chuyển đổi số, bộ máy chính quyền.</summary>
    Administration,

    /// <summary>Phòng, chống dịch bệnh.</summary>
    EpidemicControl,

    /// <summary>Quốc phòng, an ninh.</summary>
    DefenceAndSecurity,

    /// <summary>Dân vận, Mặt trận và đoàn thể.</summary>
    MassMobilisation,

    /// <summary>Khác.</summary>
    Other,
}
