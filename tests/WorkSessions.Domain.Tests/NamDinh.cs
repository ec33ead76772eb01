using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Officials;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Domain.Units;

namespace WorkSessions.Domain.Tests;

/// <summary>
/// The working session of the Standing Board of Tỉnh ủy Nam Định with Huyện ủy Trực Ninh on
/// 8 June 2021, as test data. Every call builds fresh entities: tests never share state.
/// </summary>
internal static class NamDinh
{
    public const string ProvincialCommitteeName = "Tỉnh ủy Nam Định";
    public const string TrucNinhName = "Huyện ủy Trực Ninh";
    public const string CentralCommitteeMember = "Ủy viên Ban Chấp hành Trung ương Đảng";
    public const string ProvincialSecretary = "Bí thư Tỉnh ủy";

    /// <summary>Nam Định was re-established as a province on 1 January 1997.</summary>
    public static readonly DateOnly ProvinceFounded = new(1997, 1, 1);

    /// <summary>The last day of the district level (abolished on 1 July 2025).</summary>
    public static readonly DateOnly LastDayOfDistricts = new(2025, 6, 30);

    public static readonly DateOnly SessionDay = new(2021, 6, 8);

    public static Unit ProvincialCommittee() =>
        new(ProvincialCommitteeName, UnitKind.ProvincialCommittee, ProvinceFounded, shortName: "Tỉnh ủy");

    public static Unit TrucNinh(Unit? parent = null) =>
        new(TrucNinhName, UnitKind.DistrictCommittee, ProvinceFounded, parent, "Huyện ủy");

    /// <summary>A Trực Ninh committee that ended with the district level on 30 June 2025.</summary>
    public static Unit ClosedTrucNinh()
    {
        var unit = TrucNinh(ProvincialCommittee());
        unit.Close(LastDayOfDistricts);
        return unit;
    }

    /// <summary>
    /// Phạm Gia Túc on 8 June 2021: Bí thư Tỉnh ủy since October 2020 and member of the Central
    /// Committee since the 13th Congress. The lower rank, the higher office; added in the "wrong"
    /// order on purpose so that a title joined by insertion order would be caught.
    /// </summary>
    public static Official PhamGiaTuc()
    {
        var official = new Official("Phạm Gia Túc");
        official.AddPosition(ProvincialSecretary, null, new DateOnly(2020, 10, 15), rank: 1);
        official.AddPosition(CentralCommitteeMember, null, new DateOnly(2021, 1, 30), rank: 0);
        return official;
    }

    public static WorkSession Session(Unit? hostUnit = null) =>
        new(
            "Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Trực Ninh",
            SessionDay,
            new TimeOnly(8, 0),
            "Hội trường Huyện ủy Trực Ninh",
            WorkSessionKind.Working,
            hostUnit ?? TrucNinh(ProvincialCommittee()),
            "Kết quả thực hiện nhiệm vụ chính trị năm 2020 và 5 tháng đầu năm 2021; công tác phòng, chống dịch COVID-19");

    public static Conclusion Conclusion() =>
        Session().Conclude("Ban Thường vụ Tỉnh ủy ghi nhận, biểu dương những kết quả Huyện ủy Trực Ninh đạt được.");

    public static Directive Directive() =>
        Conclusion().AddDirective(DirectiveField.EpidemicControl, "Tiếp tục thực hiện nghiêm các biện pháp phòng, chống dịch COVID-19.");

    public static FollowUpTask Task(DateOnly? deadline) =>
        Directive().Assign(TrucNinh(), [], deadline, "Báo cáo kết quả phòng, chống dịch gửi Ban Thường vụ Tỉnh ủy", ReportingSchedule.Monthly);
}
