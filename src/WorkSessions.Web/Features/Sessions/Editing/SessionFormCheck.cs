using WorkSessions.Domain.Reports;
using WorkSessions.Domain.Sessions;
using WorkSessions.Web.Shared.Forms;

namespace WorkSessions.Web.Features.Sessions.Editing;

/// <summary>
/// What the form must hold before the domain is asked: the choices a picker leaves empty and the
/// figures that are blank or do not read as a Vietnamese number. Every other rule (lengths, dates
/// in order, deadlines not before the session) is the domain's, reported by <see cref="SessionApplier"/>.
/// </summary>
public static class SessionFormCheck
{
    public static List<FormError> Errors(SessionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<FormError>();
        Date(errors, form);
        if (form.HostUnitId is null)
        {
            errors.Add(new(nameof(SessionForm.HostUnitId), "Check_HostMissing", []));
        }

        for (var i = 0; i < form.Attendees.Count; i++)
        {
            if (form.Attendees[i].IsGroup && string.IsNullOrWhiteSpace(form.Attendees[i].FullName))
            {
                errors.Add(new($"Attendees[{i}].{nameof(AttendeeForm.FullName)}", "Check_GroupMissing", []));
            }
        }

        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var row = form.Indicators[i];
            Figure(errors, $"Indicators[{i}].{nameof(IndicatorForm.Value)}", row.Value, required: true);
            Figure(errors, $"Indicators[{i}].{nameof(IndicatorForm.Target)}", row.Target, required: false);
        }

        for (var d = 0; d < form.Directives.Count; d++)
        {
            for (var t = 0; t < form.Directives[d].Tasks.Count; t++)
            {
                if (form.Directives[d].Tasks[t].LeadUnitId is null)
                {
                    errors.Add(new($"Directives[{d}].Tasks[{t}].{nameof(TaskForm.LeadUnitId)}", "Check_LeadMissing", []));
                }
            }
        }

        if (form.Directives.Count > 0 && !form.HasConclusion)
        {
            errors.Add(new(nameof(SessionForm.Assessment), "Check_ConclusionMissing", []));
        }

        return errors;
    }

    /// <summary>The parts of the date the chosen precision asks for (that a time and a part of the day exclude each other is the domain's rule).</summary>
    private static void Date(List<FormError> errors, SessionForm form)
    {
        switch (form.DatePrecision)
        {
            case DatePrecision.Day when form.HeldOn is null:
                errors.Add(new(nameof(SessionForm.HeldOn), "Check_DayMissing", []));
                break;
            case DatePrecision.Month when form.Month is null:
                errors.Add(new(nameof(SessionForm.Month), "Check_MonthMissing", []));
                break;
        }

        if (form.DatePrecision != DatePrecision.Day && (form.Year is not { } year || !SessionDate.IsYearInRange(year)))
        {
            errors.Add(new(nameof(SessionForm.Year), "Check_YearMissing", []));
        }
    }

    /// <summary>A figure must read as a Vietnamese reader reads it; the text stays in the field either way.</summary>
    private static void Figure(List<FormError> errors, string key, string? typed, bool required)
    {
        if (VietnameseNumber.Read(typed).Problem is { } problem && (required || problem != FigureProblem.Empty))
        {
            errors.Add(new(key, $"{nameof(FigureProblem)}_{problem}", []));
        }
    }
}
