using System.Text;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Officials;

namespace WorkSessions.Domain.Tests.Officials;

public class OfficialTests
{
    private static readonly DateOnly SecretaryFrom = new(2020, 10, 15);

    [Fact]
    public void An_official_is_named_in_NFC_and_found_without_diacritics()
    {
        var official = new Official(" Phạm Gia Túc ".Normalize(NormalizationForm.FormD));

        official.FullName.ShouldBe("Phạm Gia Túc");
        official.SearchKey.ShouldBe("pham gia tuc");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_official_needs_a_name(string name)
    {
        var error = Should.Throw<DomainException>(() => new Official(name));

        error.Message.ShouldBe("Họ và tên không được để trống.");
        error.Field.ShouldBe(nameof(Official.FullName));
    }

    [Fact]
    public void A_name_longer_than_a_hundred_characters_is_refused()
    {
        Should.Throw<DomainException>(() => new Official(new string('a', Official.NameMaxLength + 1)))
            .Message.ShouldBe("Họ và tên dài quá 100 ký tự.");
    }

    [Fact]
    public void Renaming_refreshes_the_search_key()
    {
        var official = NamDinh.PhamGiaTuc();

        official.Rename("Trần Lê Đoài");

        official.FullName.ShouldBe("Trần Lê Đoài");
        official.SearchKey.ShouldBe("tran le doai");
    }

    [Fact]
    public void TitleOn_joins_concurrent_titles_higher_office_first()
    {
        var official = NamDinh.PhamGiaTuc();

        official.TitleOn(NamDinh.SessionDay).ShouldBe("Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy");
    }

    [Fact]
    public void TitleOn_gives_only_the_titles_held_that_day()
    {
        var official = NamDinh.PhamGiaTuc();

        official.TitleOn(new DateOnly(2020, 12, 1)).ShouldBe(NamDinh.ProvincialSecretary);
    }

    [Fact]
    public void TitleOn_is_empty_before_any_recorded_position()
    {
        var official = NamDinh.PhamGiaTuc();

        official.TitleOn(new DateOnly(2019, 1, 1)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("2024-12-31", "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy")]
    [InlineData("2025-01-01", "Ủy viên Ban Chấp hành Trung ương Đảng")]
    public void An_ended_position_counts_up_to_its_last_day(string day, string title)
    {
        var official = NamDinh.PhamGiaTuc();
        var secretary = official.Positions.Single(p => p.Title == NamDinh.ProvincialSecretary);

        official.EndPosition(secretary, new DateOnly(2024, 12, 31));

        official.TitleOn(DateOnly.Parse(day)).ShouldBe(title);
    }

    [Fact]
    public void Positions_are_listed_by_start_date()
    {
        var official = NamDinh.PhamGiaTuc();

        official.Positions.Select(p => p.Title).ShouldBe(new[] { NamDinh.ProvincialSecretary, NamDinh.CentralCommitteeMember });
    }

    [Fact]
    public void A_deleted_position_is_neither_listed_nor_part_of_the_title()
    {
        var official = NamDinh.PhamGiaTuc();
        var member = official.Positions.Single(p => p.Title == NamDinh.CentralCommitteeMember);

        member.MarkDeleted(new DateTime(2021, 7, 1, 2, 0, 0, DateTimeKind.Utc));

        official.Positions.Count.ShouldBe(1);
        official.TitleOn(NamDinh.SessionDay).ShouldBe(NamDinh.ProvincialSecretary);
    }

    [Fact]
    public void A_position_keeps_its_unit_period_and_rank()
    {
        var official = new Official("Phạm Gia Túc");
        var province = NamDinh.ProvincialCommittee();

        var holding = official.AddPosition(" Bí thư Tỉnh ủy ", province, SecretaryFrom, new DateOnly(2025, 6, 30), rank: 1);

        holding.Title.ShouldBe(NamDinh.ProvincialSecretary);
        holding.Unit.ShouldBeSameAs(province);
        holding.From.ShouldBe(SecretaryFrom);
        holding.To.ShouldBe(new DateOnly(2025, 6, 30));
        holding.Rank.ShouldBe(1);
    }

    [Fact]
    public void A_position_needs_a_title()
    {
        var official = new Official("Phạm Gia Túc");

        Should.Throw<DomainException>(() => official.AddPosition(" ", null, SecretaryFrom))
            .Message.ShouldBe("Chức vụ không được để trống.");
        official.Positions.ShouldBeEmpty();
    }

    [Fact]
    public void A_position_cannot_end_before_it_starts()
    {
        var official = new Official("Phạm Gia Túc");

        var error = Should.Throw<DomainException>(() => official.AddPosition(NamDinh.ProvincialSecretary, null, SecretaryFrom, SecretaryFrom.AddDays(-1)));

        error.Message.ShouldBe("Ngày thôi giữ chức vụ không được trước ngày bắt đầu.");
        official.Positions.ShouldBeEmpty();
    }

    [Fact]
    public void Ending_a_position_before_its_start_is_refused()
    {
        var official = NamDinh.PhamGiaTuc();
        var secretary = official.Positions.Single(p => p.Title == NamDinh.ProvincialSecretary);

        Should.Throw<DomainException>(() => official.EndPosition(secretary, SecretaryFrom.AddDays(-1)));

        secretary.To.ShouldBeNull();
    }

    [Fact]
    public void A_position_held_for_a_single_day_counts_on_that_day()
    {
        var official = new Official("Phạm Gia Túc");

        official.AddPosition("Trưởng đoàn công tác", null, NamDinh.SessionDay, NamDinh.SessionDay);

        official.TitleOn(NamDinh.SessionDay).ShouldBe("Trưởng đoàn công tác");
        official.TitleOn(NamDinh.SessionDay.AddDays(1)).ShouldBeEmpty();
    }

    [Fact]
    public void Another_officials_position_cannot_be_ended()
    {
        var official = NamDinh.PhamGiaTuc();
        var other = new Official("Trần Lê Đoài");
        var othersPosition = other.AddPosition("Phó Bí thư Thường trực Tỉnh ủy", null, SecretaryFrom);

        var error = Should.Throw<DomainException>(() => official.EndPosition(othersPosition, NamDinh.SessionDay));

        error.Message.ShouldBe("Chức vụ này không thuộc cán bộ.");
        othersPosition.To.ShouldBeNull();
    }
}
