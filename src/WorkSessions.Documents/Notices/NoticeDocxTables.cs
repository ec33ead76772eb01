using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkSessions.Domain.Notices;
using static WorkSessions.Documents.Notices.NoticeDocx;

namespace WorkSessions.Documents.Notices;

/// <summary>
/// The two borderless two-column tables of the DOCX: the header (issuing body | party name, number |
/// place and date) and the footer (recipients | signature). Tables, not tabs, because a column's
/// lines must stay centred on each other whatever their length.
/// </summary>
internal static class NoticeDocxTables
{
    /// <summary>Two rows so the number and the place-and-date line sit on the same line, as on paper.</summary>
    public static Table Header(NoticeWording wording)
    {
        var issuer = new List<OpenXmlElement>();
        if (wording.ParentBody.Length > 0)
        {
            issuer.Add(Para(NoticeDocxStyles.Header, Text(wording.ParentBody)));
        }

        issuer.Add(Para(NoticeDocxStyles.Header, Text(wording.IssuingBody, Bold())));
        issuer.Add(Para(NoticeDocxStyles.Header, Text("*")));

        var (table, left, right) = Layout(wording.Format);
        table.Append(
            Row(Cell(left, issuer), Cell(right, [Para(NoticeDocxStyles.Party, Text(NoticeWording.PartyName))])),
            Row(Cell(left, [Para(NoticeDocxStyles.Header, Text(wording.NumberLine))]), Cell(right, [Para(NoticeDocxStyles.Date, Text(wording.PlaceAndDate))])));
        return table;
    }

    /// <summary>Recipients level with the signature; one row that may not split across pages.</summary>
    public static Table Footer(NoticeWording wording)
    {
        var recipients = new List<OpenXmlElement> { Para(NoticeDocxStyles.RecipientsHeading, Text(NoticeWording.RecipientsHeading)) };
        recipients.AddRange(wording.Recipients.Select(r => Para(NoticeDocxStyles.Recipients, Text(r))));

        var signature = new List<OpenXmlElement>
        {
            Para(NoticeDocxStyles.Signature, Text(wording.AuthorityLine, Bold())),
            Para(NoticeDocxStyles.Signature, Text(wording.PositionLine, Bold())),
        };
        signature.AddRange(Enumerable.Range(0, wording.Format.SignatureBlankLines).Select(_ => Para(NoticeDocxStyles.Signature)));
        signature.Add(Para(NoticeDocxStyles.Signature, Text(wording.SignerName, Bold())));

        var (table, left, right) = Layout(wording.Format);
        table.Append(Row(Cell(left, recipients), Cell(right, signature)));
        return table;
    }

    /// <summary>A fixed-width table as wide as the text, split by the profile's header column share.</summary>
    private static (Table Table, int Left, int Right) Layout(NoticeFormat format)
    {
        var width = Twips(format.PageWidth - format.MarginLeft - format.MarginRight);
        var left = width * format.HeaderLeftColumnPercent / 100;
        var right = width - left;
        var table = new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = Invariant(width), Type = TableWidthUnitValues.Dxa },
                TableBorders = new TableBorders(
                    new TopBorder { Val = BorderValues.None },
                    new LeftBorder { Val = BorderValues.None },
                    new BottomBorder { Val = BorderValues.None },
                    new RightBorder { Val = BorderValues.None },
                    new InsideHorizontalBorder { Val = BorderValues.None },
                    new InsideVerticalBorder { Val = BorderValues.None }),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
                TableCellMarginDefault = new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa }),
            },
            new TableGrid(new GridColumn { Width = Invariant(left) }, new GridColumn { Width = Invariant(right) }));
        return (table, left, right);
    }

    private static TableRow Row(params TableCell[] cells)
    {
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        row.Append(cells);
        return row;
    }

    private static TableCell Cell(int width, IEnumerable<OpenXmlElement> paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = Invariant(width), Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs);
        return cell;
    }

    private static RunProperties Bold() => new() { Bold = new Bold(), BoldComplexScript = new BoldComplexScript() };

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
