using System.Text;

namespace WorkSessions.Documents.Tables;

/// <summary>
/// A register as CSV, RFC 4180: comma-separated, quoted where needed, CRLF line ends, UTF-8 with
/// a byte-order mark so that Excel opens Vietnamese text correctly. Dates are written dd/MM/yyyy,
/// as a Vietnamese reader writes them.
/// </summary>
public static class TableCsv
{
    public static void Write(Table table, Stream target)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var writer = new StreamWriter(target, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        writer.Write(Line(table.Columns.Select(c => c.Heading)));
        foreach (var row in table.Rows)
        {
            writer.Write(Line(table.Columns.Select((_, i) => Format(i < row.Count ? row[i] : null))));
        }
    }

    private static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Quote)) + "\r\n";

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        DateOnly date => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>
    /// Quotes a field that holds a comma, quote or line break. A field that a spreadsheet would
    /// run as a formula (=, +, -, @ first) gets a leading apostrophe: an export must not execute.
    /// </summary>
    private static string Quote(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            field = "'" + field;
        }

        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }
}
