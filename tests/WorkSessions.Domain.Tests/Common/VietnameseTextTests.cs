using System.Text;
using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Tests.Common;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Trực Ninh", "truc ninh")]
    [InlineData("Huyện ủy Trực Ninh", "huyen uy truc ninh")]
    [InlineData("Đảng ủy xã Cổ Lễ", "dang uy xa co le")]
    [InlineData("TỈNH ỦY NAM ĐỊNH", "tinh uy nam dinh")]
    [InlineData("  Phạm   Gia\tTúc \n", "pham gia tuc")]
    [InlineData("truc ninh", "truc ninh")]
    public void Fold_lowers_drops_marks_and_collapses_whitespace(string text, string folded)
    {
        VietnameseText.Fold(text).ShouldBe(folded);
    }

    [Theory]
    [InlineData("Đ")]
    [InlineData("đ")]
    public void Fold_turns_d_with_stroke_into_d(string text)
    {
        VietnameseText.Fold(text).ShouldBe("d");
    }

    [Theory]
    [InlineData("Thuỷ", "Thủy")]
    [InlineData("Hoà", "Hòa")]
    [InlineData("Tỉnh uỷ", "Tỉnh ủy")]
    public void Both_tone_placements_fold_to_the_same_key(string oldStyle, string newStyle)
    {
        oldStyle.ShouldNotBe(newStyle);

        VietnameseText.Fold(oldStyle).ShouldBe(VietnameseText.Fold(newStyle));
    }

    [Fact]
    public void Fold_treats_decomposed_and_composed_text_alike()
    {
        var decomposed = "Nam Định".Normalize(NormalizationForm.FormD);

        VietnameseText.Fold(decomposed).ShouldBe("nam dinh");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void Fold_of_nothing_is_empty(string? text)
    {
        VietnameseText.Fold(text).ShouldBeEmpty();
    }

    [Fact]
    public void Clean_turns_pasted_decomposed_text_into_NFC()
    {
        var pasted = "Trực Ninh".Normalize(NormalizationForm.FormD);
        pasted.ShouldNotBe("Trực Ninh");

        var cleaned = VietnameseText.Clean(pasted);

        cleaned.ShouldBe("Trực Ninh");
        cleaned.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
    }

    [Fact]
    public void Clean_trims_but_keeps_case_and_marks()
    {
        VietnameseText.Clean("  Huyện ủy Trực Ninh \r\n").ShouldBe("Huyện ủy Trực Ninh");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Clean_of_nothing_is_empty(string? text)
    {
        VietnameseText.Clean(text).ShouldBe(string.Empty);
    }

    [Fact]
    public void SearchKey_folds_the_non_blank_parts_into_one_key()
    {
        VietnameseText.SearchKey("Huyện ủy Trực Ninh", null, "  ", "Hội trường Huyện ủy").ShouldBe("huyen uy truc ninh hoi truong huyen uy");
    }

    [Fact]
    public void A_search_without_diacritics_finds_the_accented_name()
    {
        var key = VietnameseText.SearchKey("Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Trực Ninh");

        key.ShouldContain(VietnameseText.Fold("truc ninh"));
        key.ShouldContain(VietnameseText.Fold("Tỉnh uỷ"));
    }
}
