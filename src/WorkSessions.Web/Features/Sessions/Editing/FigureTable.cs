using System.Text.RegularExpressions;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Reports;

namespace WorkSessions.Web.Features.Sessions.Editing;

/// <summary>
/// A table of figures copied from Word or Excel, which put a tab between cells and a line break
/// between rows. Columns: name, value, unit, target, note; a leading number column (STT) and the
/// heading row are left out. Cells are kept as typed: the form check reads them when saved.
/// </summary>
public static partial class FigureTable
{
    /// <summary>A pasted table: a report's whole annex of figures fits.</summary>
    public const int PasteMaxLength = 20_000;

    public static List<IndicatorForm> Read(string? pasted)
    {
        var rows = new List<IndicatorForm>();
        var lines = (pasted ?? string.Empty).Split(["\r\n", "\n", "\r"], StringSplitOptions.None)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var cells = lines[i].Split('\t').Select(VietnameseText.Clean).ToList();
            if (cells.Count > 2 && RowNumber().IsMatch(cells[0]))
            {
                cells.RemoveAt(0);
            }

            if (cells.All(c => c.Length == 0) || (i == 0 && IsHeading(cells)))
            {
                continue;
            }

            rows.Add(new IndicatorForm
            {
                Name = Cell(cells, 0),
                Value = Cell(cells, 1),
                UnitOfMeasure = Cell(cells, 2),
                Target = Cell(cells, 3) is { Length: > 0 } target ? target : null,
                Note = cells.Count > 4 && string.Join("; ", cells.Skip(4).Where(c => c.Length > 0)) is { Length: > 0 } note ? note : null,
            });
        }

        return rows;
    }

    /// <summary>A first row whose value cell is words ("Giá trị", "Kết quả") is the table's heading.</summary>
    private static bool IsHeading(List<string> cells) =>
        cells.Count > 1 && cells[1].Length > 0 && VietnameseNumber.Read(cells[1]).Problem is not null;

    private static string Cell(List<string> cells, int index) => index < cells.Count ? cells[index] : string.Empty;

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    private static partial Regex RowNumber();
}
