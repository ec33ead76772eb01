using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkSessions.Domain.Notices;

namespace WorkSessions.Documents.Notices;

/// <summary>The notice as a Word document (DOCX), laid out like the PDF, for offices that finish documents in Word.</summary>
/// <remarks>
/// Formatting lives in named styles (<see cref="NoticeDocxStyles"/>) rather than on each run, so an
/// office that edits the document in Word keeps the look by applying "NoticeBody" to a new paragraph.
/// </remarks>
public static class NoticeDocx
{
    public static byte[] Render(NoticeWording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = $"{wording.Title} {wording.Subject}";
            document.PackageProperties.Creator = "WorkSessions";
            document.PackageProperties.Language = "vi-VN";

            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = NoticeDocxStyles.Create(wording.Format);
            main.AddNewPart<DocumentSettingsPart>().Settings = CompatibilitySettings();
            var body = new Body();
            main.Document = new Document(body);
            AppendContent(body, wording);
            body.Append(Section(main, wording.Format));
        }

        return stream.ToArray();
    }

    private static void AppendContent(Body body, NoticeWording wording)
    {
        if (wording.IsDraft)
        {
            body.Append(Para(NoticeDocxStyles.Draft, Text(NoticeWording.DraftMark)));
        }

        body.Append(NoticeDocxTables.Header(wording));
        body.Append(Para(NoticeDocxStyles.Title, Text(wording.Title)));
        body.Append(Para(NoticeDocxStyles.Subject, Text(wording.Subject)));
        if (wording.CorrectionLine is { } correction)
        {
            body.Append(Para(NoticeDocxStyles.Correction, Text(correction)));
        }

        body.Append(Para(NoticeDocxStyles.Rule));
        foreach (var paragraph in wording.Opening.Concat(wording.Summary).Concat(wording.Assessment))
        {
            body.Append(Para(NoticeDocxStyles.Body, Text(paragraph)));
        }

        foreach (var directive in wording.Directives)
        {
            body.Append(Directive(directive));
        }

        // The closing stays on the page of the signature block, as a signed page never stands alone.
        var closing = Para(NoticeDocxStyles.Body, Text(wording.Closing));
        closing.ParagraphProperties!.KeepNext = new KeepNext();
        body.Append(closing);
        body.Append(NoticeDocxTables.Footer(wording));
    }

    private static Paragraph Directive(DirectiveWording directive)
    {
        var paragraph = Para(NoticeDocxStyles.Body, Text($"{directive.Number} {directive.Text}"));
        if (directive.Detail is { } detail)
        {
            paragraph.Append(Text(" "), Text(detail, new RunProperties { Italic = new Italic() }));
        }

        return paragraph;
    }

    /// <summary>
    /// A4 from the profile; the page number only from page 2 (the title page gets an empty header),
    /// centred in the top margin.
    /// </summary>
    private static SectionProperties Section(MainDocumentPart main, NoticeFormat format)
    {
        var pageHeader = main.AddNewPart<HeaderPart>();
        pageHeader.Header = new Header(Para(NoticeDocxStyles.PageNumber,
            FieldChar(FieldCharValues.Begin),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            FieldChar(FieldCharValues.Separate),
            Text("2"),
            FieldChar(FieldCharValues.End)));
        var firstHeader = main.AddNewPart<HeaderPart>();
        firstHeader.Header = new Header(new Paragraph());

        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(pageHeader) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstHeader) },
            new PageSize { Width = UTwips(format.PageWidth), Height = UTwips(format.PageHeight), Orient = PageOrientationValues.Portrait },
            new PageMargin
            {
                Top = Twips(format.MarginTop),
                Bottom = Twips(format.MarginBottom),
                Left = UTwips(format.MarginLeft),
                Right = UTwips(format.MarginRight),
                // The page number sits in the middle of the top margin.
                Header = UTwips(format.MarginTop / 2),
                Footer = UTwips(format.MarginBottom / 2),
                Gutter = 0U,
            },
            new TitlePage());
    }

    /// <summary>Word 2013+ layout, so Word does not open the file in compatibility mode.</summary>
    private static Settings CompatibilitySettings() => new(
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));

    private static Run FieldChar(FieldCharValues type) => new(new FieldChar { FieldCharType = type });

    /// <summary>Word measures the page in twentieths of a point: 30 mm is 1701 twips.</summary>
    internal static int Twips(double millimetres) => (int)Math.Round(millimetres * 1440 / 25.4, MidpointRounding.AwayFromZero);

    private static uint UTwips(double millimetres) => (uint)Twips(millimetres);

    internal static Paragraph Para(string styleId, params OpenXmlElement[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } });
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>A run whose spaces survive: the blank number and date of a draft are made of spaces.</summary>
    internal static Run Text(string text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null)
        {
            run.Append(properties);
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
