using System.Text;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Units;

namespace WorkSessions.Domain.Tests.Units;

public class UnitTests
{
    private static readonly DateOnly LastDayOfNamDinh = new(2025, 6, 30);

    [Fact]
    public void A_unit_stores_its_name_trimmed_in_NFC_with_a_folded_search_key()
    {
        var pasted = "  Huyện ủy Trực Ninh  ".Normalize(NormalizationForm.FormD);

        var unit = new Unit(pasted, UnitKind.DistrictCommittee, NamDinh.ProvinceFounded, shortName: " Huyện ủy ");

        unit.Name.ShouldBe("Huyện ủy Trực Ninh");
        unit.ShortName.ShouldBe("Huyện ủy");
        unit.SearchKey.ShouldBe("huyen uy truc ninh huyen uy");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_unit_needs_a_name(string? name)
    {
        var error = Should.Throw<DomainException>(() => new Unit(name!, UnitKind.CommuneCommittee, NamDinh.ProvinceFounded));

        error.Message.ShouldBe("Tên đơn vị không được để trống.");
        error.Field.ShouldBe(nameof(Unit.Name));
    }

    [Fact]
    public void A_name_longer_than_the_limit_is_refused_and_one_at_the_limit_is_kept()
    {
        new Unit(new string('x', Unit.NameMaxLength), UnitKind.Other, NamDinh.ProvinceFounded).Name.Length.ShouldBe(Unit.NameMaxLength);

        var error = Should.Throw<DomainException>(() => new Unit(new string('x', Unit.NameMaxLength + 1), UnitKind.Other, NamDinh.ProvinceFounded));
        error.Message.ShouldBe("Tên đơn vị dài quá 200 ký tự.");
    }

    [Fact]
    public void A_blank_short_name_is_stored_as_none()
    {
        var unit = new Unit(NamDinh.TrucNinhName, UnitKind.DistrictCommittee, NamDinh.ProvinceFounded, shortName: "  ");

        unit.ShortName.ShouldBeNull();
        unit.SearchKey.ShouldBe("huyen uy truc ninh");
    }

    [Fact]
    public void Renaming_refreshes_the_search_key()
    {
        var unit = NamDinh.TrucNinh();

        unit.Rename("Đảng ủy xã Cổ Lễ", "Đảng ủy xã");

        unit.Name.ShouldBe("Đảng ủy xã Cổ Lễ");
        unit.SearchKey.ShouldBe("dang uy xa co le dang uy xa");
    }

    [Fact]
    public void A_refused_rename_keeps_the_old_name_and_search_key()
    {
        var unit = NamDinh.TrucNinh();

        Should.Throw<DomainException>(() => unit.Rename("Đảng ủy xã Cổ Lễ", new string('x', 101)));

        unit.Name.ShouldBe(NamDinh.TrucNinhName);
        unit.ShortName.ShouldBe("Huyện ủy");
        unit.SearchKey.ShouldBe("huyen uy truc ninh huyen uy");
    }

    [Theory]
    [InlineData("1996-12-31", false)]
    [InlineData("1997-01-01", true)]
    [InlineData("2021-06-08", true)]
    [InlineData("2025-06-30", true)]
    [InlineData("2025-07-01", false)]
    public void A_closed_unit_is_valid_from_its_first_to_its_last_day_inclusive(string day, bool valid)
    {
        var unit = NamDinh.ClosedTrucNinh();

        unit.IsValidOn(DateOnly.Parse(day)).ShouldBe(valid);
    }

    [Fact]
    public void An_open_unit_stays_valid_with_no_end()
    {
        var unit = NamDinh.ProvincialCommittee();

        unit.ValidTo.ShouldBeNull();
        unit.IsValidOn(new DateOnly(2100, 1, 1)).ShouldBeTrue();
    }

    [Fact]
    public void A_unit_cannot_close_before_it_was_founded()
    {
        var unit = NamDinh.TrucNinh();

        var error = Should.Throw<DomainException>(() => unit.Close(NamDinh.ProvinceFounded.AddDays(-1)));

        error.Message.ShouldBe("Ngày kết thúc không được trước ngày thành lập.");
        unit.ValidTo.ShouldBeNull();
    }

    [Fact]
    public void A_unit_may_close_on_the_day_it_was_founded()
    {
        var unit = NamDinh.TrucNinh();

        unit.Close(NamDinh.ProvinceFounded);

        unit.ValidTo.ShouldBe(NamDinh.ProvinceFounded);
        unit.MergedInto.ShouldBeNull();
    }

    [Fact]
    public void Merging_ends_the_unit_and_records_its_successor()
    {
        var namDinh = NamDinh.ProvincialCommittee();
        var ninhBinh = new Unit("Tỉnh ủy Ninh Bình", UnitKind.ProvincialCommittee, LastDayOfNamDinh.AddDays(1));

        namDinh.MergeInto(ninhBinh, LastDayOfNamDinh);

        namDinh.ValidTo.ShouldBe(LastDayOfNamDinh);
        namDinh.MergedInto.ShouldBeSameAs(ninhBinh);
        namDinh.IsValidOn(LastDayOfNamDinh).ShouldBeTrue();
        namDinh.IsValidOn(LastDayOfNamDinh.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void A_successor_that_already_existed_may_take_over()
    {
        var trucNinh = NamDinh.TrucNinh();
        var province = NamDinh.ProvincialCommittee();

        trucNinh.MergeInto(province, LastDayOfNamDinh);

        trucNinh.MergedInto.ShouldBeSameAs(province);
    }

    [Theory]
    [InlineData("2025-07-02", null)]
    [InlineData("2026-01-01", null)]
    [InlineData("1997-01-01", "2025-06-30")]
    [InlineData("1997-01-01", "2025-05-31")]
    public void The_successor_must_be_valid_on_the_day_after_the_merger(string successorFrom, string? successorTo)
    {
        var namDinh = NamDinh.ProvincialCommittee();
        var successor = new Unit("Tỉnh ủy Ninh Bình", UnitKind.ProvincialCommittee, DateOnly.Parse(successorFrom));
        if (successorTo is not null)
        {
            successor.Close(DateOnly.Parse(successorTo));
        }

        var error = Should.Throw<DomainException>(() => namDinh.MergeInto(successor, LastDayOfNamDinh));

        error.Message.ShouldBe("Đơn vị tiếp nhận phải đang hoạt động vào ngày sau khi hợp nhất.");
        error.Field.ShouldBe(nameof(Unit.MergedInto));
        namDinh.ValidTo.ShouldBeNull();
        namDinh.MergedInto.ShouldBeNull();
    }

    [Fact]
    public void A_unit_cannot_be_merged_into_itself()
    {
        var unit = NamDinh.TrucNinh();

        var error = Should.Throw<DomainException>(() => unit.MergeInto(unit, LastDayOfNamDinh));

        error.Message.ShouldBe("Không thể hợp nhất đơn vị vào chính nó.");
        unit.ValidTo.ShouldBeNull();
    }

    [Fact]
    public void A_merger_dated_before_the_unit_was_founded_is_refused()
    {
        var unit = NamDinh.TrucNinh();
        var successor = new Unit("Tỉnh ủy Nam Hà", UnitKind.ProvincialCommittee, new DateOnly(1991, 12, 26));

        var error = Should.Throw<DomainException>(() => unit.MergeInto(successor, NamDinh.ProvinceFounded.AddDays(-2)));

        error.Message.ShouldBe("Ngày kết thúc không được trước ngày thành lập.");
        unit.ValidTo.ShouldBeNull();
        unit.MergedInto.ShouldBeNull();
    }

    [Fact]
    public void A_unit_is_placed_under_its_parent()
    {
        var province = NamDinh.ProvincialCommittee();

        var trucNinh = NamDinh.TrucNinh(province);

        trucNinh.Parent.ShouldBeSameAs(province);
        province.Parent.ShouldBeNull();
    }

    [Fact]
    public void A_unit_cannot_be_its_own_parent()
    {
        var unit = NamDinh.TrucNinh();

        var error = Should.Throw<DomainException>(() => unit.SetParent(unit));

        error.Field.ShouldBe(nameof(Unit.Parent));
        unit.Parent.ShouldBeNull();
    }

    [Fact]
    public void A_unit_cannot_be_placed_under_one_of_its_descendants()
    {
        var province = NamDinh.ProvincialCommittee();
        var trucNinh = NamDinh.TrucNinh(province);
        var commune = new Unit("Đảng ủy thị trấn Cổ Lễ", UnitKind.CommuneCommittee, NamDinh.ProvinceFounded, trucNinh);

        var error = Should.Throw<DomainException>(() => province.SetParent(commune));

        error.Message.ShouldBe("Đơn vị cấp trên không thể là chính đơn vị này hoặc đơn vị cấp dưới của nó.");
        province.Parent.ShouldBeNull();
    }

    [Fact]
    public void A_unit_can_move_to_another_parent_or_to_the_top()
    {
        var trucNinh = NamDinh.TrucNinh(NamDinh.ProvincialCommittee());
        var ninhBinh = new Unit("Tỉnh ủy Ninh Bình", UnitKind.ProvincialCommittee, LastDayOfNamDinh.AddDays(1));
        var commune = new Unit("Đảng ủy thị trấn Cổ Lễ", UnitKind.CommuneCommittee, NamDinh.ProvinceFounded, trucNinh);

        commune.SetParent(ninhBinh);
        commune.Parent.ShouldBeSameAs(ninhBinh);

        commune.SetParent(null);
        commune.Parent.ShouldBeNull();
    }
}
