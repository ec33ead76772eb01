using WorkSessions.Domain.Common;
using WorkSessions.Domain.Notices;

namespace WorkSessions.Domain.Tests.Notices;

public class DocumentNumberTests
{
    [Fact]
    public void A_document_number_is_written_number_dash_type_slash_issuer()
    {
        new DocumentNumber(125, "TB", "TU").ToString().ShouldBe("125-TB/TU");
    }

    [Theory]
    [InlineData("125-TB/TU", 125, "TB", "TU")]
    [InlineData("45-BC/HU", 45, "BC", "HU")]
    [InlineData("7-QĐ/TU", 7, "QĐ", "TU")]
    [InlineData("1024-CV/VPTU", 1024, "CV", "VPTU")]
    public void Parsing_reads_number_type_and_issuer(string text, int number, string type, string issuer)
    {
        var parsed = DocumentNumber.Parse(text);

        parsed.ShouldBe(new DocumentNumber(number, type, issuer));
        parsed.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("125")]
    [InlineData("125-TB")]
    [InlineData("125/TU")]
    [InlineData("-TB/TU")]
    [InlineData("125-/TU")]
    [InlineData("125-TB/")]
    [InlineData("TB/TU-125")]
    [InlineData("0-TB/TU")]
    [InlineData("+125-TB/TU")]
    [InlineData(" 125-TB/TU")]
    [InlineData("1.5-TB/TU")]
    [InlineData("một-TB/TU")]
    [InlineData("99999999999-TB/TU")]
    public void Text_that_is_not_a_document_number_is_refused_in_Vietnamese(string text)
    {
        var error = Should.Throw<DomainException>(() => DocumentNumber.Parse(text));

        error.Message.ShouldBe($"\"{text}\" không phải số và ký hiệu văn bản (ví dụ 125-TB/TU).");
        error.Field.ShouldBe(nameof(DocumentNumber.Number));
    }
}
