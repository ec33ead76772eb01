using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Reports;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Domain.Units;
using static WorkSessions.Web.Shared.Forms.FieldException;
using WorkSessions.Web.Shared.Forms;

namespace WorkSessions.Web.Features.Sessions.Editing;

/// <summary>
/// Applies a form to the session aggregate through the domain's methods: rows without an id are
/// added, rows that left the form are removed (softly), the rest are changed, and each list takes
/// the form's order. Nothing is saved here; a refusal names the form's field.
/// </summary>
internal sealed class SessionApplier(WorkSessionsDbContext db, DateTime utcNow)
{
    private static readonly Dictionary<string, string> SessionFields = new()
    {
        [nameof(WorkSession.HostUnit)] = nameof(SessionForm.HostUnitId),
        [nameof(WorkSession.Status)] = string.Empty,
    };

    private static readonly Dictionary<string, string> ReportFields = new() { [nameof(UnitReport.Title)] = nameof(SessionForm.ReportTitle) };

    private static readonly Dictionary<string, string> TaskFields = new()
    {
        [nameof(FollowUpTask.OriginalDeadline)] = nameof(TaskForm.Deadline),
        [nameof(FollowUpTask.LeadUnit)] = nameof(TaskForm.LeadUnitId),
        [nameof(FollowUpTask.CoordinatingUnits)] = nameof(TaskForm.CoordinatingUnitIds),
    };

    private readonly Dictionary<int, Unit> _units = [];

    /// <summary>The tracked session with the form applied, or null when the form's session no longer exists.</summary>
    public async Task<WorkSession?> ToAsync(SessionForm form, CancellationToken ct)
    {
        var host = await UnitAsync(form.HostUnitId!.Value, nameof(SessionForm.HostUnitId), ct);
        var date = form.Date!.Value;
        var start = form.StartTime is { } time ? TimeOnly.FromTimeSpan(time) : (TimeOnly?)null;
        WorkSession session;
        if (form.Id is { } id)
        {
            if (await SessionGraph.LoadAsync(db, id, tracked: true, ct) is not { } existing)
            {
                return null;
            }

            session = existing;
            db.ExpectVersion(session, form.Version);
            At(string.Empty, () => session.ChangeDetails(form.Title, date, start, form.Place, form.Kind, host, form.Subjects, form.PartOfDay), SessionFields);
        }
        else
        {
            session = At(string.Empty, () => new WorkSession(form.Title, date, start, form.Place, form.Kind, host, form.Subjects, form.PartOfDay), SessionFields);
            db.WorkSessions.Add(session);
        }

        At(string.Empty, () => session.SetNotes(form.Notes));
        await AttendeesAsync(session, form.Attendees, ct);
        Report(session, form);
        await ConclusionAsync(session, form, ct);
        if ((form.Held || form.HasConclusion) && session.Status == WorkSessionStatus.Planned)
        {
            At(string.Empty, session.MarkHeld, SessionFields);
        }

        return session;
    }

    private async Task AttendeesAsync(WorkSession session, List<AttendeeForm> rows, CancellationToken ct)
    {
        var existing = session.Attendances.ToDictionary(a => a.Id);
        foreach (var gone in existing.Values.Where(a => !rows.Any(r => r.Id == a.Id)))
        {
            session.RemoveParticipant(gone, utcNow);
        }

        var order = new List<Attendance>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var prefix = $"{nameof(SessionForm.Attendees)}[{i}]";
            if (row.Id is { } id && existing.TryGetValue(id, out var attendance))
            {
                At(prefix, () => session.ChangeParticipant(attendance, row.FullName, row.Title, row.Side, row.Role));
            }
            else if (row.OfficialId is { } officialId)
            {
                var official = await db.Officials.Include(o => o.Positions).SingleOrDefaultAsync(o => o.Id == officialId, ct)
                    ?? throw new FieldException($"{prefix}.{nameof(AttendeeForm.FullName)}", new DomainException("Không tìm thấy cán bộ này trong danh sách.") { Code = "OfficialGone" });
                attendance = At(prefix, () => session.AddParticipant(official, row.Side, row.Role, row.Title));
            }
            else if (row.IsGroup)
            {
                attendance = At(prefix, () => session.AddGroup(row.FullName, row.Side, row.Role));
            }
            else
            {
                attendance = At(prefix, () => session.AddParticipant(row.FullName, row.Title, row.Side, row.Role));
            }

            order.Add(attendance);
        }

        session.ArrangeParticipants(order);
    }

    private void Report(WorkSession session, SessionForm form)
    {
        if (!form.HasReport)
        {
            return;
        }

        var report = session.Report;
        if (report is null)
        {
            report = At(string.Empty, () => session.AttachReport(form.ReportTitle, form.PeriodCovered), ReportFields);
        }
        else
        {
            At(string.Empty, () => report.Change(form.ReportTitle, form.PeriodCovered), ReportFields);
        }

        var sections = Rows(report.Sections, form.Sections, s => s.Id, r => r.Id, s => report.RemoveSection(s, utcNow), (row, i, section) =>
            At($"{nameof(SessionForm.Sections)}[{i}]", () =>
            {
                if (section is null)
                {
                    return report.AddSection(row.Heading, row.Body);
                }

                section.Change(row.Heading, row.Body);
                return section;
            }));
        report.ArrangeSections(sections);

        var indicators = Rows(report.Indicators, form.Indicators, x => x.Id, r => r.Id, x => report.RemoveIndicator(x, utcNow), (row, i, indicator) =>
            At($"{nameof(SessionForm.Indicators)}[{i}]", () =>
            {
                if (indicator is null)
                {
                    return report.AddIndicator(row.Name, Figure(row.Value)!.Value, row.UnitOfMeasure, Figure(row.Target), row.Note);
                }

                indicator.Change(row.Name, Figure(row.Value)!.Value, row.UnitOfMeasure, Figure(row.Target), row.Note);
                return indicator;
            }));
        report.ArrangeIndicators(indicators);
    }

    private async Task ConclusionAsync(WorkSession session, SessionForm form, CancellationToken ct)
    {
        if (!form.HasConclusion)
        {
            return;
        }

        var conclusion = session.Conclusion;
        if (conclusion is null)
        {
            conclusion = At(string.Empty, () => session.Conclude(form.Assessment), SessionFields);
        }
        else
        {
            At(string.Empty, () => conclusion.ChangeAssessment(form.Assessment));
        }

        var existing = conclusion.Directives.ToDictionary(d => d.Id);
        foreach (var gone in existing.Values.Where(d => !form.Directives.Any(r => r.Id == d.Id)).ToList())
        {
            At(string.Empty, () => conclusion.RemoveDirective(gone, utcNow));
        }

        var order = new List<Directive>();
        for (var i = 0; i < form.Directives.Count; i++)
        {
            var row = form.Directives[i];
            var prefix = $"{nameof(SessionForm.Directives)}[{i}]";
            Directive directive;
            if (row.Id is { } id && existing.TryGetValue(id, out var found))
            {
                directive = found;
                At(prefix, () => directive.Change(row.Field, row.Text));
            }
            else
            {
                directive = At(prefix, () => conclusion.AddDirective(row.Field, row.Text));
            }

            await TasksAsync(directive, row.Tasks, prefix, ct);
            order.Add(directive);
        }

        conclusion.ArrangeDirectives(order);
    }

    private async Task TasksAsync(Directive directive, List<TaskForm> rows, string directivePrefix, CancellationToken ct)
    {
        var existing = directive.Tasks.ToDictionary(t => t.Id);
        foreach (var gone in existing.Values.Where(t => !rows.Any(r => r.Id == t.Id)))
        {
            At(directivePrefix, () => directive.RemoveTask(gone, utcNow));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var prefix = $"{directivePrefix}.{nameof(DirectiveForm.Tasks)}[{i}]";
            var lead = await UnitAsync(row.LeadUnitId!.Value, $"{prefix}.{nameof(TaskForm.LeadUnitId)}", ct);
            var coordinating = new List<Unit>();
            foreach (var unitId in row.CoordinatingUnitIds)
            {
                coordinating.Add(await UnitAsync(unitId, $"{prefix}.{nameof(TaskForm.CoordinatingUnitIds)}", ct));
            }

            var deadline = row.Deadline is { } due ? DateOnly.FromDateTime(due) : (DateOnly?)null;
            FollowUpTask assigned;
            if (row.Id is { } id && existing.TryGetValue(id, out var task))
            {
                At(prefix, () => task.CorrectAssignment(lead, coordinating, deadline, row.ExpectedOutput, row.ReportingSchedule), TaskFields);
                assigned = task;
            }
            else
            {
                assigned = At(prefix, () => directive.Assign(lead, coordinating, deadline, row.ExpectedOutput, row.ReportingSchedule), TaskFields);
            }

            At(prefix, () => assigned.DescribeCoordinatingGroup(row.CoordinatingGroup));
        }
    }

    /// <summary>A figure the form check has already read; an empty text is no figure.</summary>
    private static Figure? Figure(string? text) => VietnameseNumber.Read(text).Figure;

    /// <summary>
    /// Matches form rows to a list by id: removes what left the form, changes or adds the rest
    /// through <paramref name="apply"/> (given null for a new row), and returns them in the form's order.
    /// </summary>
    private static List<T> Rows<T, TRow>(IReadOnlyList<T> current, List<TRow> rows, Func<T, int> idOf, Func<TRow, int?> rowId, Action<T> remove, Func<TRow, int, T?, T> apply)
        where T : class
    {
        foreach (var gone in current.Where(item => !rows.Any(r => rowId(r) == idOf(item))).ToList())
        {
            remove(gone);
        }

        var byId = current.ToDictionary(idOf);
        return [.. rows.Select((row, i) => apply(row, i, rowId(row) is { } id ? byId.GetValueOrDefault(id) : null))];
    }

    private async Task<Unit> UnitAsync(int id, string field, CancellationToken ct)
    {
        if (!_units.TryGetValue(id, out var unit))
        {
            unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new FieldException(field, new DomainException("Không tìm thấy đơn vị đã chọn.") { Code = "UnitGone" });
            _units[id] = unit;
        }

        return unit;
    }
}
