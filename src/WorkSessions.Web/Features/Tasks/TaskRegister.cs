using Microsoft.Extensions.Localization;
using WorkSessions.Documents.Tables;
using WorkSessions.Web.Localization;

namespace WorkSessions.Web.Features.Tasks;

/// <summary>
/// The tracking register (sổ theo dõi nhiệm vụ): the filtered task list with every column a clerk
/// files, one definition for both the Excel workbook and the CSV file.
/// </summary>
public static class TaskRegister
{
    public static Table Build(IReadOnlyList<TaskListItem> tasks, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(l);
        TableColumn[] columns =
        [
            new(l["Register_No"], CellKind.Number, 6),
            new(l["Register_Session"], Width: 40),
            new(l["Session_Date"], CellKind.Date, 12),
            new(l["Session_Chair"], Width: 22),
            new(l["Register_DirectiveNumber"], CellKind.Number, 8),
            new(l["Task_Directive"], Width: 60),
            new(l["Task_Field"], Width: 24),
            new(l["Task_LeadUnit"], Width: 26),
            new(l["Task_CoordinatingUnits"], Width: 26),
            new(l["Task_ExpectedOutput"], Width: 40),
            new(l["Task_ReportingSchedule"], Width: 16),
            new(l["Task_AssignedOn"], CellKind.Date, 12),
            new(l["Register_OriginalDeadline"], CellKind.Date, 12),
            new(l["Register_CurrentDeadline"], CellKind.Date, 12),
            new(l["Task_State"], Width: 18),
            new(l["Task_Position"], Width: 16),
            new(l["Register_Percent"], CellKind.Number, 10),
            new(l["Register_ReportedDoneOn"], CellKind.Date, 14),
            new(l["Register_CompletedOn"], CellKind.Date, 14),
            new(l["Register_LastReportOn"], CellKind.Date, 14),
            new(l["Register_LastReport"], Width: 60),
        ];
        var rows = tasks.Select((t, i) => (IReadOnlyList<object?>)
        [
            i + 1,
            t.SessionTitle,
            // A month or a year is written as such, never as a date cell holding an invented day.
            t.SessionDate.KnownDay is { } day ? day : l.ShortDate(t.SessionDate),
            t.Chair,
            t.DirectiveNumber,
            t.DirectiveText,
            l.Of(t.Field),
            t.LeadUnit,
            string.Join("; ", t.CoordinatingUnits),
            t.ExpectedOutput,
            l.Of(t.ReportingSchedule),
            t.AssignedOn,
            t.OriginalDeadline,
            (object?)t.CurrentDeadline ?? l["Task_Ongoing"].Value,
            l.Of(t.State),
            l.Of(t.Position),
            t.Percent,
            t.ReportedDoneOn,
            t.CompletedOn,
            t.LastReportOn,
            t.LastReport,
        ]).ToList();
        return new Table(l["Register_Title"], columns, rows);
    }
}
