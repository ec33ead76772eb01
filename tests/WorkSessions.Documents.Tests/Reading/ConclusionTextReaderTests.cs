using System.Text.Json;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Sessions;
using WorkSessions.Documents.Reading;
using WorkSessions.Testing;

namespace WorkSessions.Documents.Tests.Reading;

/// <summary>The paste-to-draft rules, on the Trực Ninh article and on texts of the same genre.</summary>
public sealed class ConclusionTextReaderTests
{
    [Fact]
    public void The_Truc_Ninh_article_proposes_the_ten_directives_of_the_seed_in_order_with_their_fields()
    {
        var proposal = ConclusionTextReader.Read(File.ReadAllText(Repository.File("seeds/sources/truc-ninh-2021-06-08.txt")));

        var seeded = SeedDirectives();
        proposal.Directives.Select(d => d.Text).ShouldBe(seeded.Select(d => ArticleWording(d.Text)));
        proposal.Directives.Select(d => d.Field).ShouldBe(seeded.Select(d => d.Field));
    }

    [Fact]
    public void The_Truc_Ninh_article_proposes_the_chair_the_attending_official_and_the_host_body()
    {
        var proposal = ConclusionTextReader.Read(File.ReadAllText(Repository.File("seeds/sources/truc-ninh-2021-06-08.txt")));

        proposal.Attendees.Select(a => (a.FullName, a.Role, a.Side)).ShouldBe(
        [
            ("Phạm Gia Túc", AttendanceRole.Chair, AttendanceSide.ProvincialDelegation),
            ("Đoàn Văn Hùng", AttendanceRole.Attending, AttendanceSide.ProvincialDelegation),
            ("Ban Thường vụ Huyện ủy Trực Ninh", AttendanceRole.Reporting, AttendanceSide.HostUnit),
        ]);
        proposal.Attendees[0].TitleInText.ShouldBe("Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy");
        proposal.Attendees[1].TitleInText.ShouldBe("Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh");
        proposal.Assessment.ShouldBe("Đồng chí Bí thư Tỉnh ủy đánh giá cao kết quả thực hiện nhiệm vụ chính trị của Đảng bộ, chính quyền và nhân dân huyện Trực Ninh trong những năm qua.");
    }

    [Fact]
    public void A_request_listed_in_one_sentence_with_semicolons_gives_one_directive_per_item()
    {
        const string Text = "Kết luận buổi làm việc, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị: Đảng ủy xã cần khẩn trương kiện toàn các chi bộ thôn; " +
            "đẩy nhanh tiến độ giải phóng mặt bằng các dự án trọng điểm; tăng cường công tác tuyên truyền, vận động Nhân dân chấp hành chủ trương của Đảng; " +
            "chủ động phòng, chống dịch bệnh trên đàn gia súc, gia cầm./.";

        var directives = ConclusionTextReader.Read(Text).Directives;

        directives.Select(d => d.Text).ShouldBe(
        [
            "Khẩn trương kiện toàn các chi bộ thôn.",
            "Đẩy nhanh tiến độ giải phóng mặt bằng các dự án trọng điểm.",
            "Tăng cường công tác tuyên truyền, vận động Nhân dân chấp hành chủ trương của Đảng.",
            "Chủ động phòng, chống dịch bệnh trên đàn gia súc, gia cầm.",
        ]);
        directives[1].Field.ShouldBe(DirectiveField.InfrastructureAndInvestment);
        directives[3].Field.ShouldBe(DirectiveField.EpidemicControl);
    }

    [Fact]
    public void A_bulleted_list_after_the_request_continues_over_its_paragraphs_and_stops_at_the_byline()
    {
        var text = string.Join('\n',
            "Phát biểu chỉ đạo, đồng chí Bí thư Tỉnh ủy yêu cầu:",
            "- Tập trung hoàn thành các chỉ tiêu kinh tế - xã hội năm 2026;",
            "- Làm tốt công tác chuẩn bị nhân sự đại hội chi bộ nhiệm kỳ 2027-2030;",
            "- Bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội trên địa bàn.",
            "Tin, ảnh: Minh Anh");

        var directives = ConclusionTextReader.Read(text).Directives;

        directives.Select(d => (d.Text, d.Field)).ShouldBe(
        [
            ("Tập trung hoàn thành các chỉ tiêu kinh tế - xã hội năm 2026.", DirectiveField.Economy),
            ("Làm tốt công tác chuẩn bị nhân sự đại hội chi bộ nhiệm kỳ 2027-2030.", DirectiveField.Personnel),
            ("Bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội trên địa bàn.", DirectiveField.DefenceAndSecurity),
        ]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Sáng nay, trời mưa to ở nhiều nơi trong tỉnh.")]
    public void A_text_without_a_conclusion_proposes_nothing_to_direct(string text)
    {
        var proposal = ConclusionTextReader.Read(text);

        proposal.Directives.ShouldBeEmpty();
        proposal.Assessment.ShouldBeNull();
    }

    [Fact]
    public void Text_pasted_in_decomposed_form_is_read_in_NFC()
    {
        var text = "Đồng chí Bí thư nhấn mạnh: Tiếp tục đẩy mạnh cải cách hành chính, chuyển đổi số.".Normalize(System.Text.NormalizationForm.FormD);

        var directive = ConclusionTextReader.Read(text).Directives.ShouldHaveSingleItem();

        directive.Text.ShouldBe("Tiếp tục đẩy mạnh cải cách hành chính, chuyển đổi số.");
        directive.Text.IsNormalized().ShouldBeTrue();
        directive.Field.ShouldBe(DirectiveField.Administration);
    }

    /// <summary>
    /// The seed keeps the article's words but corrected one typo ("khai thai"): the reader never
    /// rewrites words, so the comparison puts the article's spelling back.
    /// </summary>
    private static string ArticleWording(string seeded) => seeded.Replace("khai thác", "khai thai", StringComparison.Ordinal);

    private static List<(string Text, DirectiveField Field)> SeedDirectives()
    {
        using var seed = JsonDocument.Parse(File.ReadAllText(Repository.File("seeds/10-truc-ninh-2021-06-08.json")), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var session = seed.RootElement.GetProperty("sessions")[0];
        return [.. session.GetProperty("conclusion").GetProperty("directives").EnumerateArray()
            .Select(d => (d.GetProperty("text").GetString()!, Enum.Parse<DirectiveField>(d.GetProperty("field").GetString()!)))];
    }
}
