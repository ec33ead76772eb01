namespace WorkSessions.Documents.Tables;

/// <summary>What a column holds, so that a spreadsheet stores a date as a date and a number as a number.</summary>
public enum CellKind
{
    Text,
    Number,
    Date,
}

/// <summary>One column of a register: its heading, its kind and its width in characters.</summary>
public sealed record TableColumn(string Heading, CellKind Kind = CellKind.Text, double Width = 18);

/// <summary>A register as rows of cells (string, int, decimal, DateOnly or null), the same for Excel and CSV.</summary>
public sealed record Table(string Title, IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
