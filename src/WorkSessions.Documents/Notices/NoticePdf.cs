using WorkSessions.Documents.Layout;
using WorkSessions.Domain.Notices;

namespace WorkSessions.Documents.Notices;

/// <summary>The notice as a PDF, set by the layout layer with the measures of its format profile.</summary>
public static class NoticePdf
{
    /// <summary>
    /// The rule under the subject: "a short centred rule". The guidance gives no length; about a third
    /// of the subject line is what issued notices show. A candidate for <see cref="NoticeFormat"/>.
    /// </summary>
    private const double SubjectRuleMm = 30;

    /// <summary>Lays out and saves the notice. Throws <see cref="Layout.FontUnavailableException"/> when no suitable serif font is installed.</summary>
    public static byte[] Render(NoticeWording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        var f = wording.Format;
        var document = new LayoutDocument(new PageSetup(f.PageWidth, f.PageHeight, f.MarginTop, f.MarginBottom, f.MarginLeft, f.MarginRight))
        {
            Title = wording.IsDraft ? "Dự thảo thông báo" : $"Thông báo số {wording.Content.Number}-{wording.Content.TypeCode}/{wording.Content.IssuerCode}",
            PageNumbers = new PageNumbering(2, f.PageNumberFontSize),
        };

        if (wording.IsDraft)
        {
            // Top right, above the header, where a reader looks first and it hides nothing of the header.
            document.Add(new Paragraph { Align = TextAlign.Right, SpaceAfter = 6 }.Add(NoticeWording.DraftMark, new TextStyle(14).AsItalic()));
        }

        Header(document, wording);
        Title(document, wording);
        Body(document, wording);
        document.Add(new KeepTogether(BodyParagraph(f).Add(wording.Closing, new TextStyle(f.BodyFontSize)), SignatureRow(wording)));
        return document.ToPdf();
    }

    /// <summary>
    /// Two rows with the same columns, so "Số …" and the place-and-date line share a baseline, as in
    /// issued notices, whatever the number of lines above them.
    /// </summary>
    private static void Header(LayoutDocument document, NoticeWording wording)
    {
        var f = wording.Format;
        var left = ColumnWidth.Fraction(f.HeaderLeftColumnPercent / 100.0);
        var header = new TextStyle(f.HeaderFontSize);

        // One line spacing for both columns, so their first lines (size 14 and 15) share a baseline.
        var spacing = Math.Max(f.HeaderFontSize, f.MottoFontSize) * 1.2;
        var issuer = new List<Block>();
        if (wording.ParentBody.Length > 0)
        {
            issuer.Add(Centred(wording.ParentBody, header, spacing));
        }

        issuer.Add(Centred(wording.IssuingBody, header.AsBold(), spacing));
        issuer.Add(Centred("*", header, spacing));
        Block[] party =
        [
            Centred(NoticeWording.PartyName, new TextStyle(f.MottoFontSize).AsBold(), spacing),
            new Rule { UnderTextAbove = true, SpaceBefore = 1 },
        ];
        document.Add(new Row(new Column(left, issuer), new Column(ColumnWidth.Rest, party)));
        document.Add(new Row(
            new Column(left, [Centred(wording.NumberLine, header, spacing)]),
            new Column(ColumnWidth.Rest, [Centred(wording.PlaceAndDate, header.AsItalic(), spacing)])));
    }

    private static void Title(LayoutDocument document, NoticeWording wording)
    {
        var f = wording.Format;
        document.Add(Centred(wording.Title, new TextStyle(f.TitleFontSize).AsBold(), spaceBefore: 18));
        document.Add(Centred(wording.Subject, new TextStyle(f.SubjectFontSize).AsBold(), f.LineSpacing));
        if (wording.CorrectionLine is { } correction)
        {
            document.Add(Centred(correction, new TextStyle(f.SubjectFontSize).AsItalic()));
        }

        document.Add(new Rule { WidthMm = SubjectRuleMm, SpaceBefore = 3, SpaceAfter = 14 });
    }

    private static void Body(LayoutDocument document, NoticeWording wording)
    {
        var f = wording.Format;
        var body = new TextStyle(f.BodyFontSize);
        foreach (var text in wording.Opening.Concat(wording.Summary).Concat(wording.Assessment))
        {
            document.Add(BodyParagraph(f).Add(text, body));
        }

        foreach (var directive in wording.Directives)
        {
            var paragraph = BodyParagraph(f).Add($"{directive.Number} {directive.Text}", body);
            if (directive.Detail is { } detail)
            {
                paragraph.Add(" " + detail, body.AsItalic());
            }

            document.Add(paragraph);
        }
    }

    /// <summary>Recipients on the left, level with the signature block on the right.</summary>
    private static Row SignatureRow(NoticeWording wording)
    {
        var f = wording.Format;
        // The heading takes the signature's line spacing so its baseline is level with the authority line.
        var spacing = f.SignatureFontSize * 1.25;
        var recipients = new List<Block>
        {
            new Paragraph { LineSpacing = spacing }.Add(NoticeWording.RecipientsHeading, new TextStyle(f.RecipientsHeadingFontSize).AsUnderlined()),
        };
        recipients.AddRange(wording.Recipients.Select(r =>
            new Paragraph { LineSpacing = f.RecipientsFontSize * 1.25 }.Add(r, new TextStyle(f.RecipientsFontSize))));

        var signature = new TextStyle(f.SignatureFontSize);
        var signer = new List<Block>
        {
            Centred(wording.AuthorityLine, signature.AsBold(), spacing),
            Centred(wording.PositionLine, signature.AsBold(), spacing),
        };
        signer.AddRange(Enumerable.Range(0, f.SignatureBlankLines).Select(_ => new Paragraph { BlankStyle = signature, LineSpacing = spacing }));
        signer.Add(Centred(wording.SignerName, signature.AsBold(), spacing));

        var left = ColumnWidth.Fraction(f.HeaderLeftColumnPercent / 100.0);
        return new Row(new Column(left, recipients), new Column(ColumnWidth.Rest, signer)) { SpaceBefore = 6 };
    }

    private static Paragraph BodyParagraph(NoticeFormat f) => new()
    {
        Align = TextAlign.Justify,
        FirstLineIndentMm = f.FirstLineIndent,
        LineSpacing = f.LineSpacing,
        SpaceAfter = f.ParagraphSpacing,
    };

    private static Paragraph Centred(string text, TextStyle style, double? lineSpacing = null, double spaceBefore = 0) =>
        new Paragraph { Align = TextAlign.Center, LineSpacing = lineSpacing, SpaceBefore = spaceBefore }.Add(text, style);
}
