using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Reports;
using WorkSessions.Domain.Sessions;

namespace WorkSessions.Web.Features.Sessions.Editing;

/// <summary>A whole session loaded for editing, and the form that shows it.</summary>
internal static class SessionGraph
{
    public static Task<WorkSession?> LoadAsync(WorkSessionsDbContext db, int id, bool tracked, CancellationToken ct)
    {
        var sessions = tracked ? db.WorkSessions : db.WorkSessions.AsNoTracking();
        return sessions.AsSplitQuery()
            .Include(s => s.HostUnit)
            .Include(s => s.Attendances).ThenInclude(a => a.Official)
            .Include(s => s.Report!).ThenInclude(r => r.Sections)
            .Include(s => s.Report!).ThenInclude(r => r.Indicators)
            .Include(s => s.Conclusion!).ThenInclude(c => c.Directives).ThenInclude(d => d.Tasks).ThenInclude(t => t.LeadUnit)
            .Include(s => s.Conclusion!).ThenInclude(c => c.Directives).ThenInclude(d => d.Tasks).ThenInclude(t => t.CoordinatingUnits).ThenInclude(c => c.Unit)
            // Whether a task has been reported on decides what may still be corrected.
            .Include(s => s.Conclusion!).ThenInclude(c => c.Directives).ThenInclude(d => d.Tasks).ThenInclude(t => t.Updates)
            .Include(s => s.Conclusion!).ThenInclude(c => c.Directives).ThenInclude(d => d.Tasks).ThenInclude(t => t.Extensions)
            .Include(s => s.Conclusion!).ThenInclude(c => c.Directives).ThenInclude(d => d.Tasks).ThenInclude(t => t.Reviews)
            .SingleOrDefaultAsync(s => s.Id == id, ct);
    }

    public static SessionForm ToForm(WorkSession s)
    {
        var form = Fields(s);
        form.SetDate(s.Date);
        return form;
    }

    private static SessionForm Fields(WorkSession s) => new()
    {
        Id = s.Id,
        Version = s.Version,
        Status = s.Status,
        Title = s.Title,
        StartTime = s.StartTime?.ToTimeSpan(),
        PartOfDay = s.PartOfDay,
        Place = s.Place,
        Kind = s.Kind,
        HostUnitId = s.HostUnitId,
        HostUnitName = s.HostUnit.Name,
        Subjects = s.Subjects,
        Notes = s.Notes,
        Held = s.Status >= WorkSessionStatus.Held,
        Attendees = [.. s.Attendances.Select(a => new AttendeeForm { Id = a.Id, OfficialId = a.OfficialId, FullName = a.FullName, Title = a.Title, Side = a.Side, Role = a.Role, IsGroup = a.IsGroup })],
        HasReport = s.Report is not null,
        ReportTitle = s.Report?.Title ?? string.Empty,
        PeriodCovered = s.Report?.PeriodCovered ?? string.Empty,
        Sections = [.. (s.Report?.Sections ?? []).Select(x => new SectionForm { Id = x.Id, Heading = x.Heading, Body = x.Body })],
        Indicators = [.. (s.Report?.Indicators ?? []).Select(i => new IndicatorForm { Id = i.Id, Name = i.Name, Value = VietnameseNumber.Format(i.ValueFigure), UnitOfMeasure = i.UnitOfMeasure, Target = i.TargetFigure?.ToString(), Note = i.Note })],
        HasConclusion = s.Conclusion is not null,
        Assessment = s.Conclusion?.Assessment ?? string.Empty,
        Directives = [.. (s.Conclusion?.Directives ?? []).Select(d => new DirectiveForm
        {
            Id = d.Id,
            Field = d.Field,
            Text = d.Text,
            Tasks = [.. d.Tasks.Select(t => new TaskForm
            {
                Id = t.Id,
                LeadUnitId = t.LeadUnitId,
                LeadUnitName = t.LeadUnit.Name,
                CoordinatingUnitIds = [.. t.CoordinatingUnits.Select(c => c.UnitId)],
                CoordinatingGroup = t.CoordinatingGroup,
                Deadline = t.OriginalDeadline?.ToDateTime(TimeOnly.MinValue),
                ExpectedOutput = t.ExpectedOutput,
                ReportingSchedule = t.ReportingSchedule,
                HasReports = t.HasReports,
            })],
        })],
    };
}
