using WorkSessions.Domain.Conclusions;

namespace WorkSessions.Testing;

/// <summary>
/// The words <see cref="ProvinceGenerator"/> writes with: place names of the old Nam Định districts,
/// Vietnamese personal names (both "Thủy" and "Thuỷ", as people really spell them) and the phrases
/// of real conclusion notices, so that search and sorting meet what a real register holds.
/// </summary>
internal static class ProvinceNames
{
    public static readonly string[] Districts = ["Vụ Bản", "Ý Yên", "Nghĩa Hưng", "Nam Trực", "Xuân Trường", "Giao Thủy", "Hải Hậu", "Mỹ Lộc"];

    /// <summary>Three communes for each district, in the order of <see cref="Districts"/>.</summary>
    public static readonly string[] Communes =
    [
        "Liên Minh", "Kim Thái", "Đại An",
        "Yên Bằng", "Yên Đồng", "Yên Khánh",
        "Nghĩa Lạc", "Nghĩa Sơn", "Hoàng Nam",
        "Nam Thắng", "Nam Hoa", "Điền Xá",
        "Xuân Hồng", "Xuân Thủy", "Xuân Ngọc",
        "Giao Thiện", "Giao Hương", "Bạch Long",
        "Hải Đông", "Hải Tây", "Hải Ninh",
        "Mỹ Hà", "Mỹ Thịnh", "Mỹ Thuận",
    ];

    /// <summary>The communes formed on 1 July 2025, one for each district's three.</summary>
    public static readonly string[] MergedCommunes = ["Vụ Bản Mới", "Yên Cường", "Nghĩa Hưng Mới", "Nam Trực Mới", "Xuân Trường Mới", "Giao Thuỷ Mới", "Hải Hậu Mới", "Mỹ Lộc Mới"];

    public static readonly (string Title, int Rank)[] LeaderTitles =
    [
        ("Bí thư Tỉnh ủy", 1), ("Phó Bí thư Thường trực Tỉnh ủy", 2), ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", 3),
        ("Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy", 4), ("Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", 5),
    ];

    public static readonly string[] Subjects =
    [
        "Kết quả thực hiện nhiệm vụ chính trị năm {năm} và phương hướng, nhiệm vụ năm tới",
        "Tình hình thực hiện Nghị quyết Đại hội Đảng bộ và công tác xây dựng Đảng",
        "Tiến độ xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
        "Công tác giải phóng mặt bằng các dự án trọng điểm trên địa bàn",
        "Kết quả cải cách hành chính và chuyển đổi số năm {năm}",
        "Công tác phòng, chống thiên tai và bảo đảm an ninh trật tự",
    ];

    private static readonly (DirectiveField Field, string Text)[] Directives =
    [
        (DirectiveField.PartyBuilding, "Tiếp tục đẩy mạnh công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị; nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng trong {đơn vị}."),
        (DirectiveField.PartyBuilding, "Nâng cao chất lượng sinh hoạt chi bộ; làm tốt công tác phát triển đảng viên mới năm {năm}."),
        (DirectiveField.InspectionAndSupervision, "Tăng cường công tác kiểm tra, giám sát và thi hành kỷ luật đảng; giải quyết dứt điểm đơn thư khiếu nại, tố cáo ngay từ cơ sở."),
        (DirectiveField.Personnel, "Chuẩn bị tốt công tác nhân sự cho đại hội đảng bộ các cấp; rà soát, bổ sung quy hoạch cán bộ giai đoạn tới."),
        (DirectiveField.Economy, "Tập trung thực hiện các giải pháp thúc đẩy tăng trưởng kinh tế, phấn đấu hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội năm {năm}."),
        (DirectiveField.Economy, "Chỉ đạo quyết liệt công tác thu ngân sách, chống thất thu; quản lý chặt chẽ các nguồn thu từ đất."),
        (DirectiveField.AgricultureAndNewRural, "Tập trung xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu; phát triển sản phẩm OCOP gắn với vùng nguyên liệu tập trung."),
        (DirectiveField.AgricultureAndNewRural, "Đẩy mạnh tích tụ, tập trung ruộng đất; chuyển đổi cơ cấu cây trồng, vật nuôi theo hướng sản xuất hàng hóa."),
        (DirectiveField.InfrastructureAndInvestment, "Đẩy nhanh tiến độ giải phóng mặt bằng các dự án trọng điểm; thu hút đầu tư vào cụm công nghiệp trên địa bàn {đơn vị}."),
        (DirectiveField.InfrastructureAndInvestment, "Hoàn thành quy hoạch sử dụng đất; chấn chỉnh tình trạng vi phạm trật tự xây dựng, lấn chiếm hành lang giao thông."),
        (DirectiveField.CultureAndSociety, "Nâng cao chất lượng giáo dục, y tế; thực hiện tốt chính sách an sinh xã hội, chăm lo gia đình chính sách, hộ nghèo."),
        (DirectiveField.Administration, "Đẩy mạnh cải cách hành chính, chuyển đổi số; nâng cao chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính."),
        (DirectiveField.EpidemicControl, "Chủ động phòng, chống dịch bệnh; bảo đảm vệ sinh môi trường, thu gom, xử lý rác thải sinh hoạt ở khu dân cư."),
        (DirectiveField.DefenceAndSecurity, "Giữ vững quốc phòng, an ninh, trật tự an toàn xã hội; giải quyết kịp thời các vụ việc phức tạp ngay từ cơ sở."),
        (DirectiveField.MassMobilisation, "Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể; thực hiện tốt quy chế dân chủ ở cơ sở, củng cố khối đại đoàn kết toàn dân."),
        (DirectiveField.Other, "Rà soát, hoàn thiện hồ sơ, báo cáo kết quả thực hiện các kết luận của Ban Thường vụ Tỉnh ủy trước ngày 15 tháng 12 năm {năm}."),
    ];

    public static readonly string[] Outputs =
    [
        "Báo cáo kết quả thực hiện", "Kế hoạch thực hiện", "Nghị quyết chuyên đề", "Đề án", "Quyết định phê duyệt", "Biên bản nghiệm thu",
    ];

    private static readonly string[] ProgressNotes =
    [
        "Đã xây dựng kế hoạch, phân công cán bộ phụ trách.",
        "Đã tổ chức hội nghị quán triệt, triển khai đến các chi bộ.",
        "Đang khảo sát, thu thập số liệu, hoàn thiện dự thảo.",
        "Đã trình Ban Thường vụ cho ý kiến dự thảo.",
        "Đang phối hợp với các sở, ngành liên quan tháo gỡ vướng mắc.",
    ];

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Đoàn", "Trịnh", "Mai", "Đinh", "Phan"];

    private static readonly string[] MiddleNames = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quang", "Ngọc", "Xuân", "Hồng", "Công", "Thu"];

    private static readonly string[] GivenNames =
    [
        "Hùng", "Dũng", "Tuấn", "Hải", "Hà", "Lan", "Hương", "Thủy", "Thuỷ", "Long", "Nam", "Bình", "Cường", "Thắng",
        "Sơn", "Phương", "Nga", "Hạnh", "Tùng", "Khánh", "Quyết", "Thành", "Trung", "Hiếu", "Toàn", "Yến",
    ];

    public static string Person(Random random) =>
        $"{FamilyNames[random.Next(FamilyNames.Length)]} {MiddleNames[random.Next(MiddleNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}";

    public static (DirectiveField Field, string Text) Directive(Random random, string unit, int year)
    {
        var (field, text) = Directives[random.Next(Directives.Length)];
        return (field, text.Replace("{đơn vị}", unit, StringComparison.Ordinal).Replace("{năm}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    public static string Progress(Random random) => ProgressNotes[random.Next(ProgressNotes.Length)];

    public static string Paragraph(Random random, string unit) =>
        $"{unit} đã lãnh đạo, chỉ đạo thực hiện {random.Next(12, 30)}/{random.Next(30, 32)} chỉ tiêu; " +
        $"thu ngân sách đạt {random.Next(85, 130)}% dự toán; {random.Next(1, 9)} xã đạt chuẩn nông thôn mới nâng cao. " +
        "Công tác xây dựng Đảng, chính quyền và hệ thống chính trị được quan tâm; quốc phòng, an ninh được giữ vững.";
}
