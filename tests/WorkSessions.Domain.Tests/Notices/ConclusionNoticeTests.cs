using System.Text;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Notices;
using WorkSessions.Domain.Sessions;

namespace WorkSessions.Domain.Tests.Notices;

public class ConclusionNoticeTests
{
    private const string StandingBoard = "BAN THƯỜNG VỤ";
    private const string Subject = "Kết luận của đồng chí Bí thư Tỉnh ủy tại buổi làm việc với Ban Thường vụ Huyện ủy Trực Ninh";

    private static readonly DateOnly IssuedOn = new(2021, 6, 15);

    private static readonly string[] Recipients =
    [
        "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy,",
        "Ban Thường vụ Huyện ủy Trực Ninh,",
        "Lưu Văn phòng Tỉnh ủy.",
    ];

    private readonly ConclusionNotice _notice = Draft(SigningAuthority.OnBehalfOf, StandingBoard);

    [Fact]
    public void A_new_notice_is_an_unnumbered_draft()
    {
        _notice.Status.ShouldBe(NoticeStatus.Draft);
        _notice.Number.ShouldBeNull();
        _notice.DocumentNumber.ShouldBeNull();
        _notice.IssuedOn.ShouldBeNull();
        _notice.Place.ShouldBe("Nam Định");
        _notice.SignerName.ShouldBe("Trần Lê Đoài");
    }

    [Fact]
    public void Recipients_are_cleaned_and_blank_lines_dropped()
    {
        _notice.Edit("Nam Định", Subject, SigningAuthority.OnBehalfOf, StandingBoard, "PHÓ BÍ THƯ THƯỜNG TRỰC", "Trần Lê Đoài",
            [" Ban Thường vụ Huyện ủy Trực Ninh, ".Normalize(NormalizationForm.FormD), "", "   ", "Lưu Văn phòng Tỉnh ủy."]);

        _notice.Recipients.ShouldBe(new[] { "Ban Thường vụ Huyện ủy Trực Ninh,", "Lưu Văn phòng Tỉnh ủy." });
    }

    [Fact]
    public void A_notice_needs_at_least_one_recipient()
    {
        var error = Should.Throw<DomainException>(() =>
            new ConclusionNotice(1, "Nam Định", Subject, SigningAuthority.OnBehalfOf, StandingBoard, "PHÓ BÍ THƯ THƯỜNG TRỰC", "Trần Lê Đoài", ["", "  "]));

        error.Message.ShouldBe("Cần ít nhất một nơi nhận.");
        error.Field.ShouldBe(nameof(ConclusionNotice.Recipients));
    }

    [Fact]
    public void A_refused_edit_leaves_the_draft_as_it_was()
    {
        Should.Throw<DomainException>(() =>
            _notice.Edit("Ninh Bình", "Trích yếu khác", SigningAuthority.ByAuthorisation, "BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Nguyễn Văn An", []));

        _notice.Place.ShouldBe("Nam Định");
        _notice.Subject.ShouldBe(Subject);
        _notice.Authority.ShouldBe(SigningAuthority.OnBehalfOf);
        _notice.SignerName.ShouldBe("Trần Lê Đoài");
        _notice.Recipients.ShouldBe(Recipients);
    }

    [Theory]
    [InlineData("BAN THƯỜNG VỤ")]
    [InlineData("Ban Thường vụ")]
    [InlineData(" ban thường vụ tỉnh ủy ")]
    [InlineData("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH")]
    public void A_collective_body_does_not_sign_KT(string signingBody)
    {
        var error = Should.Throw<DomainException>(() => Draft(SigningAuthority.DeputyFor, signingBody));

        error.Message.ShouldBe("Tập thể (Ban Thường vụ) không dùng thể thức K/T; hãy chọn T/M.");
        error.Field.ShouldBe(nameof(ConclusionNotice.Authority));
    }

    [Fact]
    public void Switching_a_draft_signed_for_the_standing_board_to_KT_is_refused()
    {
        Should.Throw<DomainException>(() =>
            _notice.Edit("Nam Định", Subject, SigningAuthority.DeputyFor, StandingBoard, "PHÓ BÍ THƯ", "Trần Lê Đoài", Recipients));

        _notice.Authority.ShouldBe(SigningAuthority.OnBehalfOf);
    }

    [Theory]
    [InlineData("BÍ THƯ", "PHÓ BÍ THƯ")]
    [InlineData("TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")]
    [InlineData("CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG")]
    public void A_deputy_signs_KT_for_a_head(string head, string deputy)
    {
        var notice = new ConclusionNotice(1, "Nam Định", Subject, SigningAuthority.DeputyFor, head, deputy, "Trần Lê Đoài", Recipients);

        notice.Authority.ShouldBe(SigningAuthority.DeputyFor);
        notice.SigningBody.ShouldBe(head);
        notice.SignerPosition.ShouldBe(deputy);
    }

    [Fact]
    public void KT_without_a_signing_body_is_refused_as_missing()
    {
        Should.Throw<DomainException>(() => Draft(SigningAuthority.DeputyFor, null!))
            .Message.ShouldBe("Tập thể, cơ quan ký không được để trống.");
    }

    [Theory]
    [InlineData(SigningAuthority.OnBehalfOf)]
    [InlineData(SigningAuthority.ByAuthorisation)]
    public void The_standing_board_signs_TM_or_TL(SigningAuthority authority)
    {
        Draft(authority, StandingBoard).Authority.ShouldBe(authority);
    }

    [Theory]
    [InlineData("place", "Địa danh không được để trống.")]
    [InlineData("subject", "Trích yếu không được để trống.")]
    [InlineData("body", "Tập thể, cơ quan ký không được để trống.")]
    [InlineData("position", "Chức vụ người ký không được để trống.")]
    [InlineData("signer", "Người ký không được để trống.")]
    public void The_signature_block_and_heading_are_required(string blank, string message)
    {
        var error = Should.Throw<DomainException>(() => new ConclusionNotice(
            1,
            blank == "place" ? " " : "Nam Định",
            blank == "subject" ? " " : Subject,
            SigningAuthority.OnBehalfOf,
            blank == "body" ? " " : StandingBoard,
            blank == "position" ? " " : "PHÓ BÍ THƯ THƯỜNG TRỰC",
            blank == "signer" ? " " : "Trần Lê Đoài",
            Recipients));

        error.Message.ShouldBe(message);
    }

    [Fact]
    public void Issuing_numbers_and_dates_the_notice()
    {
        _notice.Issue(125, IssuedOn, "2020-2025", "{}");

        _notice.Status.ShouldBe(NoticeStatus.Issued);
        _notice.Number.ShouldBe(125);
        _notice.IssuedOn.ShouldBe(IssuedOn);
        _notice.DocumentNumber.ShouldBe(new DocumentNumber(125, "TB", "TU"));
        _notice.DocumentNumber.ToString().ShouldBe("125-TB/TU");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-125)]
    public void The_number_must_be_positive(int number)
    {
        Should.Throw<DomainException>(() => _notice.Issue(number, IssuedOn, "2020-2025", "{}")).Message.ShouldBe("Số văn bản phải là số dương.");

        _notice.Status.ShouldBe(NoticeStatus.Draft);
        _notice.Number.ShouldBeNull();
    }

    [Fact]
    public void An_issued_notice_is_frozen()
    {
        _notice.Issue(125, IssuedOn, "2020-2025", "{}");

        var edit = Should.Throw<DomainException>(() =>
            _notice.Edit("Nam Định", "Trích yếu đã sửa", SigningAuthority.OnBehalfOf, StandingBoard, "BÍ THƯ", "Phạm Gia Túc", Recipients));
        var reissue = Should.Throw<DomainException>(() => _notice.Issue(126, IssuedOn.AddDays(1), "2020-2025", "{}"));
        var correct = Should.Throw<DomainException>(() => _notice.MarkAsCorrectionOf(IssuedNotice()));

        foreach (var error in new[] { edit, reissue, correct })
        {
            error.Message.ShouldBe("Thông báo đã ban hành không được sửa; hãy ban hành thông báo đính chính.");
        }

        _notice.Subject.ShouldBe(Subject);
        _notice.SignerName.ShouldBe("Trần Lê Đoài");
        _notice.DocumentNumber.ToString().ShouldBe("125-TB/TU");
        _notice.IssuedOn.ShouldBe(IssuedOn);
        _notice.CorrectsNoticeId.ShouldBeNull();
    }

    [Fact]
    public void A_correction_refers_to_the_issued_notice()
    {
        var issued = IssuedNotice();

        _notice.MarkAsCorrectionOf(issued);

        _notice.CorrectsNoticeId.ShouldBe(issued.Id);
    }

    [Fact]
    public void Only_an_issued_notice_can_be_corrected()
    {
        var draft = Draft(SigningAuthority.OnBehalfOf, StandingBoard);

        Should.Throw<DomainException>(() => _notice.MarkAsCorrectionOf(draft))
            .Message.ShouldBe("Chỉ đính chính được thông báo đã ban hành.");
        _notice.CorrectsNoticeId.ShouldBeNull();
    }

    [Fact]
    public void The_texts_are_edited_on_a_draft_and_split_into_paragraphs()
    {
        _notice.EditText(" Ngày 08 tháng 6 năm 2021, …\r\n\r\nSau khi nghe báo cáo ", "", "Đánh giá cao.", "Thông báo để biết, thực hiện./.");

        ConclusionNotice.Paragraphs(_notice.Opening).ShouldBe(["Ngày 08 tháng 6 năm 2021, …", "Sau khi nghe báo cáo"]);
        _notice.Summary.ShouldBe(string.Empty);
        _notice.Closing.ShouldBe("Thông báo để biết, thực hiện./.");
    }

    [Fact]
    public void A_refused_text_edit_changes_nothing()
    {
        var error = Should.Throw<DomainException>(() => _notice.EditText("Mở đầu mới", "Tóm tắt mới", "   ", "Kết mới"));

        error.Field.ShouldBe(nameof(ConclusionNotice.Assessment));
        _notice.Opening.ShouldBe("Mở đầu");
        _notice.Summary.ShouldBe("Tóm tắt");
    }

    [Fact]
    public void A_draft_without_issuer_or_opening_cannot_be_issued()
    {
        var bare = new ConclusionNotice(1, "Nam Định", Subject, SigningAuthority.OnBehalfOf, StandingBoard, "BÍ THƯ", "Phạm Gia Túc", Recipients);

        Should.Throw<DomainException>(() => bare.Issue(1, IssuedOn, "2020-2025", "{}")).Field.ShouldBe(nameof(ConclusionNotice.Opening));
        bare.Status.ShouldBe(NoticeStatus.Draft);
        bare.Number.ShouldBeNull();
    }

    [Fact]
    public void Issuing_keeps_the_numbering_period_and_the_printed_content()
    {
        _notice.Issue(7, IssuedOn, "2020-2025", "{\"subject\":\"x\"}");

        _notice.NumberingPeriod.ShouldBe("2020-2025");
        _notice.IssuedContent.ShouldBe("{\"subject\":\"x\"}");
        Should.Throw<DomainException>(() => _notice.EditText("a", "b", "c", "d"));
        Should.Throw<DomainException>(() => _notice.SetIssuer("Tỉnh ủy", null, null));
    }

    [Theory]
    [InlineData("Tháng 01 năm 2015, đồng chí Bí thư Tỉnh ủy đã làm việc với Thành ủy Nam Định.", null)]
    [InlineData("Trong tháng 01 năm 2015, đồng chí Bí thư Tỉnh ủy đã làm việc với Thành ủy Nam Định.", null)]
    [InlineData("Ngày 12 tháng 01 năm 2015, đồng chí Bí thư Tỉnh ủy đã làm việc với Thành ủy Nam Định.", "invented")]
    [InlineData("Ngày 12 tháng 1 năm 2015, đồng chí Bí thư Tỉnh ủy đã làm việc với Thành ủy Nam Định.", "invented")]
    [InlineData("Đầu năm 2015, đồng chí Bí thư Tỉnh ủy đã làm việc với Thành ủy Nam Định.", "missing")]
    public void A_notice_for_a_session_known_only_by_its_month_must_say_so_and_give_no_day(string opening, string? refused)
    {
        _notice.EditText(opening, "Tóm tắt", "Đánh giá", "Kết");

        if (refused is null)
        {
            Should.NotThrow(() => _notice.EnsureSaysWhen(SessionDate.InMonth(2015, 1)));
        }
        else
        {
            var error = Should.Throw<DomainException>(() => _notice.EnsureSaysWhen(SessionDate.InMonth(2015, 1)));
            error.Field.ShouldBe(nameof(ConclusionNotice.Opening));
            error.Message.ShouldBe("Buổi làm việc chỉ ghi nhận tháng 01 năm 2015: phần mở đầu phải nói đúng như vậy (“Tháng 01 năm 2015, …”) và không ghi một ngày cụ thể.", refused);
        }
    }

    [Fact]
    public void A_notice_for_a_known_day_or_an_estimated_year_is_checked_by_what_is_known()
    {
        _notice.EditText("Ngày 08 tháng 6 năm 2021, đồng chí …", "Tóm tắt", "Đánh giá", "Kết");
        Should.NotThrow(() => _notice.EnsureSaysWhen(SessionDate.OnDay(new DateOnly(2021, 6, 8))));
        Should.Throw<DomainException>(() => _notice.EnsureSaysWhen(SessionDate.InYear(2021, approximate: true)));

        _notice.EditText("Khoảng năm 2021, đồng chí …", "Tóm tắt", "Đánh giá", "Kết");
        Should.NotThrow(() => _notice.EnsureSaysWhen(SessionDate.InYear(2021, approximate: true)));
    }

    private static ConclusionNotice Draft(SigningAuthority authority, string signingBody)
    {
        var notice = new ConclusionNotice(1, "Nam Định", Subject, authority, signingBody, "PHÓ BÍ THƯ THƯỜNG TRỰC", "Trần Lê Đoài", Recipients);
        notice.SetIssuer("Tỉnh ủy", "Đảng bộ tỉnh Nam Định", null);
        notice.EditText("Mở đầu", "Tóm tắt", "Đánh giá", "Kết");
        return notice;
    }

    private static ConclusionNotice IssuedNotice()
    {
        var notice = Draft(SigningAuthority.OnBehalfOf, StandingBoard);
        notice.Issue(125, IssuedOn, "2020-2025", "{}");
        return notice;
    }
}
