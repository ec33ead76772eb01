using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Officials;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Units;

namespace WorkSessions.Data.Seeding;

/// <summary>Turns one seeded session into domain objects, using the same methods as the portal.</summary>
internal static class SessionBuilder
{
    public static WorkSession Build(SeedSession seed, IReadOnlyDictionary<string, Unit> units, IReadOnlyDictionary<string, Official> officials)
    {
        var session = new WorkSession(seed.Title, seed.HeldOn, seed.StartTime, seed.Place, seed.Kind, units[seed.HostUnit], seed.Subjects);
        session.SetNotes(seed.Notes);
        foreach (var person in seed.Attendances)
        {
            if (person.Official is { } key)
            {
                session.AddParticipant(officials[key], person.Side, person.Role, person.Title);
            }
            else
            {
                session.AddParticipant(person.Name!, person.Title ?? string.Empty, person.Side, person.Role);
            }
        }

        if (seed.Report is { } report)
        {
            var unitReport = session.AttachReport(report.Title, report.PeriodCovered);
            report.Sections.ForEach(s => unitReport.AddSection(s.Heading, s.Body));
            report.Indicators.ForEach(i => unitReport.AddIndicator(i.Name, i.Value, i.UnitOfMeasure, i.Target, i.Note));
        }

        if (seed.Status >= WorkSessionStatus.Held && session.Status < WorkSessionStatus.Held && seed.Conclusion is null)
        {
            session.MarkHeld();
        }

        if (seed.Conclusion is { } conclusion)
        {
            var concluded = session.Conclude(conclusion.Assessment);
            foreach (var directiveSeed in conclusion.Directives)
            {
                var directive = concluded.AddDirective(directiveSeed.Field, directiveSeed.Text);
                directiveSeed.Tasks.ForEach(t => AddTask(directive, t, units));
            }
        }

        return session;
    }

    private static void AddTask(Directive directive, SeedTask seed, IReadOnlyDictionary<string, Unit> units)
    {
        var task = directive.Assign(
            units[seed.LeadUnit],
            (seed.CoordinatingUnits ?? []).Select(k => units[k]),
            seed.Deadline,
            seed.ExpectedOutput,
            seed.ReportingSchedule);
        seed.Updates?.ForEach(u => task.ReportProgress(u.On, u.Narrative, u.Percent, u.By));
        if (seed.Extension is { } extension)
        {
            task.RequestExtension(extension.RequestedOn, extension.ProposedDeadline, extension.Reason, extension.By);
        }

        if (seed.Completion is { } done)
        {
            task.ReportDone(done.On, done.Narrative, done.Output, done.By);
            if (done.ConfirmedOn is { } confirmedOn)
            {
                task.Confirm(confirmedOn, done.ConfirmedBy ?? "Văn phòng Tỉnh ủy");
            }
        }
    }
}
