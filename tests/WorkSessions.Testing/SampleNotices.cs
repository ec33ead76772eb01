using WorkSessions.Documents.Notices;

namespace WorkSessions.Testing;

/// <summary>
/// Notices to print in tests: the Trực Ninh notice of 8 June 2021 as the portal drafts it from the
/// seed, and a long one that must flow over several pages.
/// </summary>
public static class SampleNotices
{
    public static NoticeContent TrucNinh(int? number = 125) => new()
    {
        ParentBody = "Đảng bộ tỉnh Nam Định",
        IssuingBody = "Tỉnh ủy",
        Number = number,
        Place = "Nam Định",
        IssuedOn = number is null ? null : new DateOnly(2021, 6, 10),
        Year = 2021,
        Subject = "kết luận của đồng chí Bí thư Tỉnh ủy tại buổi làm việc với Ban Thường vụ Huyện ủy Trực Ninh",
        Opening =
        [
            "Ngày 08 tháng 6 năm 2021, đồng chí Phạm Gia Túc, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy đã làm việc với Ban Thường vụ Huyện ủy Trực Ninh về kết quả thực hiện nhiệm vụ chính trị năm 2020 và 5 tháng đầu năm 2021; phương hướng, nhiệm vụ trọng tâm thời gian tới và công tác phòng, chống dịch COVID-19. Cùng dự có đồng chí Đoàn Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.",
            "Sau khi nghe Ban Thường vụ Huyện ủy Trực Ninh báo cáo và ý kiến của các đồng chí dự buổi làm việc, đồng chí Bí thư Tỉnh ủy kết luận như sau:",
        ],
        Summary =
        [
            "Năm 2020 và 5 tháng đầu năm 2021 Huyện ủy, HĐND, UBND huyện đã tập trung lãnh đạo, chỉ đạo thực hiện toàn diện các nhiệm vụ chính trị, phát triển kinh tế - xã hội. Trong điều kiện gặp nhiều khó khăn do ảnh hưởng của đại dịch COVID-19, huyện vẫn duy trì ổn định, hoàn thành và vượt hầu hết các chỉ tiêu kinh tế - xã hội. Việc tổ chức học tập, quán triệt, triển khai thực hiện các nghị quyết, chỉ thị của Trung ương, của Tỉnh ủy được tiến hành kịp thời, nghiêm túc. Chỉ đạo tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026. Công tác quy hoạch, đào tạo bồi dưỡng cán bộ được quan tâm thực hiện; việc sắp xếp, kiện toàn tổ chức bộ máy, cán bộ sau đại hội đảng bộ các cấp và sau bầu cử đại biểu HĐND huyện, HĐND xã được tiến hành kịp thời, đúng nguyên tắc. Công tác kiểm tra, giám sát được chú trọng, tăng cường. Công tác dân vận, hoạt động của Ủy ban MTTQ và các đoàn thể chính trị - xã hội có đổi mới. Các lĩnh vực văn hóa - xã hội được quan tâm thực hiện tốt, giải quyết kịp thời, đầy đủ chính sách an sinh xã hội cho các đối tượng theo quy định. Ngành Giáo dục tiếp tục duy trì được thành tích cao, đứng tốp đầu các huyện, thành phố. Công tác giải quyết thủ tục hành chính của huyện và xã, thị trấn chuyển biến tích cực; chỉ số cải cách hành chính của huyện nhiều năm liên tục giữ vị trí đầu của tỉnh. Làm tốt công tác tiếp công dân, giải quyết đơn thư; hoàn thành tốt nhiệm vụ quốc phòng, quân sự địa phương; an ninh chính trị, trật tự an toàn xã hội trên địa bàn tiếp tục được đảm bảo. Tập trung vừa phòng chống dịch COVID-19 vừa phát triển kinh tế. Tăng cường hỗ trợ doanh nghiệp, các cơ sở và bà con nông dân nâng cao hiệu quả sản xuất nông nghiệp, công nghiệp; tập trung chỉ đạo nâng cao chất lượng các tiêu chí nông thôn mới.",
            "Là địa phương phát hiện ca mắc COVID-19 trong cộng đồng đầu tiên của tỉnh nhưng cả hệ thống chính trị và nhân dân trong huyện đều đồng lòng, phát huy sức mạnh tổng hợp trong phòng, chống dịch, nhất là việc kiểm soát chặt chẽ những người phải tự cách ly hoặc từ địa phương khác trở về. Các doanh nghiệp, cơ sở sản xuất, kinh doanh chủ động xây dựng phương án phòng, chống dịch chi tiết, thực hiện theo phương châm “4 tại chỗ”, sẵn sàng ứng phó với mọi tình huống, bao gồm cả trường hợp mắc COVID-19 xảy ra trong đơn vị mình. Trên địa bàn huyện ghi nhận 3 bệnh nhân COVID-19 trong một nhà tại xóm Trại, tổ dân phố Tây Kênh, thị trấn Cổ Lễ; trong đó 1 bệnh nhân đã khỏi bệnh sau điều trị tập trung, hiện còn 2 bệnh nhân đang tiếp tục điều trị tại Trung tâm Y tế huyện, tình trạng sức khỏe ổn định. 223/224 trường hợp F1 đã hoàn thành thời gian cách ly tập trung; các trường hợp F2, F3 đã cơ bản hoàn thành thời gian cách ly và theo dõi sức khỏe tại nhà theo quy định. Tình hình dịch bệnh COVID-19 trên địa bàn huyện được kiểm soát tốt, từ ngày 11-5-2021 đến nay không phát sinh ca bệnh mới.",
            "Thời gian tới, huyện Trực Ninh tiếp tục phấn đấu hoàn thành các nhiệm vụ chính trị, phát triển kinh tế - xã hội trong tình hình dịch COVID-19 diễn biến phức tạp. Tập trung xây dựng hệ thống chính trị; tiếp tục phát triển, nâng cao chất lượng các hoạt động văn hóa, xã hội; đảm bảo quốc phòng, an ninh, nội chính. Tích cực thu hút đầu tư, hỗ trợ doanh nghiệp thúc đẩy phát triển sản xuất, kinh doanh. Khuyến khích tích tụ, tập trung ruộng đất, liên kết trong sản xuất nông nghiệp, phát triển chăn nuôi gia súc, gia cầm theo quy mô trang trại, bảo vệ môi trường. Tập trung xây dựng nông thôn mới nâng cao, kiểu mẫu.",
        ],
        Assessment =
        [
            "Đồng chí Bí thư Tỉnh ủy đánh giá cao kết quả thực hiện nhiệm vụ chính trị của Đảng bộ, chính quyền và nhân dân huyện Trực Ninh trong những năm qua, nhất là việc vừa phòng, chống dịch COVID-19 vừa phát triển kinh tế - xã hội, và nhấn mạnh các nhiệm vụ trọng tâm thời gian tới.",
            "Đồng chí Bí thư Tỉnh ủy đề nghị Ban Thường vụ Huyện ủy Trực Ninh tập trung lãnh đạo, chỉ đạo thực hiện tốt một số nhiệm vụ trọng tâm sau:",
        ],
        Directives =
        [
            new(1, "Tiếp tục tăng cường công tác xây dựng Đảng trên các lĩnh vực chính trị, tư tưởng, tổ chức và đạo đức; đẩy mạnh phát triển Đảng trong doanh nghiệp, nhất là doanh nghiệp tư nhân.", null, null),
            new(2, "Tăng cường sự lãnh đạo của Đảng, chú trọng thực hiện hiệu quả công tác kiểm tra, giám sát, thực hành tiết kiệm, chống lãng phí, xử lý điểm nóng ngay từ khi phát sinh tại cơ sở.", null, null),
            new(3, "Tổ chức thực hiện hiệu quả Chỉ thị 05 của Bộ Chính trị về “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.", null, new DateOnly(2021, 12, 31)),
            new(4, "Quan tâm đảm bảo an sinh xã hội, chăm lo người nghèo, người có công; phát triển lĩnh vực văn hóa - xã hội.", null, null),
            new(5, "Tổ chức thực hiện tốt công tác nhân sự giới thiệu ứng cử các chức danh lãnh đạo HĐND, UBND các cấp nhiệm kỳ 2021-2026 sau bầu cử để đảm bảo công tác lãnh đạo, chỉ đạo hiệu quả nhiệm vụ chính trị được giao.", null, new DateOnly(2021, 7, 31)),
            new(6, "Tiếp tục thực hiện nghiêm chỉ đạo của Trung ương, của tỉnh về phòng, chống dịch COVID-19; không chủ quan, lơ là, chú trọng chống lây lan trong cộng đồng và đảm bảo an toàn dịch bệnh trong hoạt động sản xuất công nghiệp tập trung, coi sức khỏe của người dân là quan trọng nhất.", null, null),
            new(7, "Tích cực khai thác các tiềm năng, lợi thế, thúc đẩy phát triển toàn diện kinh tế công nghiệp và nông nghiệp theo hướng tăng cường liên kết sản xuất theo chuỗi, phối hợp giữa người dân với doanh nghiệp và liên kết với các địa phương lân cận.", null, new DateOnly(2021, 12, 31)),
            new(8, "Đẩy mạnh xây dựng, phát triển hạ tầng thiết yếu phục vụ sản xuất, kinh doanh, thu hút đầu tư.", null, new DateOnly(2022, 12, 31)),
            new(9, "Tăng cường lãnh đạo, chỉ đạo thực hiện thắng lợi nhiệm vụ xây dựng nông thôn mới nâng cao, kiểu mẫu.", null, new DateOnly(2023, 12, 31)),
            new(10, "Đẩy mạnh chuyển đổi cơ cấu kinh tế, nâng cao giá trị sản xuất, thu nhập cho người dân.", null, null),
        ],
        Closing = "Ban Thường vụ Tỉnh ủy thông báo để Ban Thường vụ Huyện ủy Trực Ninh và các cơ quan, đơn vị liên quan biết, thực hiện./.",
        Signature = new("T/M Ban Thường vụ", "Bí thư", "Phạm Gia Túc"),
        Recipients =
        [
            "Ban Thường vụ Huyện ủy Trực Ninh",
            "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy",
            "Các ban, đơn vị của Tỉnh ủy",
        ],
    };

    /// <summary>
    /// The Trực Ninh notice with <paramref name="count"/> directives, cycling through its own; every
    /// third is led by a provincial agency, so its lead unit is printed.
    /// </summary>
    public static NoticeContent Long(int count = 40)
    {
        var notice = TrucNinh();
        var source = notice.Directives;
        return notice with
        {
            Directives = [.. Enumerable.Range(1, count).Select(n => source[(n - 1) % source.Count] with
            {
                Number = n,
                LeadUnit = n % 3 == 0 ? "Ban Tổ chức Tỉnh ủy" : null,
            })],
        };
    }
}
