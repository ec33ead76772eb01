using Microsoft.Extensions.Localization;
using WorkSessions.Domain.Reports;
using WorkSessions.Domain.Sessions;
using WorkSessions.Web.Localization;

namespace WorkSessions.Web.Features.Sessions.Editing;

/// <summary>
/// What the form must hold before the domain is asked: the choices a picker leaves empty and the
/// figures that are blank or do not read as a Vietnamese number. Every other rule (lengths, dates
/// in order, deadlines not before the session) is the domain's, reported by <see cref="SessionApplier"/>.
/// </summary>
public static class SessionFormCheck
{
    public static Dictionary<string, string> Errors(SessionForm form, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>();
        Date(errors, form, text);
        if (form.HostUnitId is null)
        {
            errors[nameof(SessionForm.HostUnitId)] = text["Check_HostMissing"];
        }

        for (var i = 0; i < form.Attendees.Count; i++)
        {
            if (form.Attendees[i].IsGroup && string.IsNullOrWhiteSpace(form.Attendees[i].FullName))
            {
                errors[$"Attendees[{i}].{nameof(AttendeeForm.FullName)}"] = text["Check_GroupMissing"];
            }
        }

        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var row = form.Indicators[i];
            Figure(errors, $"Indicators[{i}].{nameof(IndicatorForm.Value)}", row.Value, required: true, text);
            Figure(errors, $"Indicators[{i}].{nameof(IndicatorForm.Target)}", row.Target, required: false, text);
        }

        for (var d = 0; d < form.Directives.Count; d++)
        {
            for (var t = 0; t < form.Directives[d].Tasks.Count; t++)
            {
                if (form.Directives[d].Tasks[t].LeadUnitId is null)
                {
                    errors[$"Directives[{d}].Tasks[{t}].{nameof(TaskForm.LeadUnitId)}"] = text["Check_LeadMissing"];
                }
            }
        }

        if (form.Directives.Count > 0 && !form.HasConclusion)
        {
            errors[nameof(SessionForm.Assessment)] = text["Check_ConclusionMissing"];
        }

        return errors;
    }

    /// <summary>The parts of the date the chosen precision asks for (that a time and a part of the day exclude each other is the domain's rule).</summary>
    private static void Date(Dictionary<string, string> errors, SessionForm form, IStringLocalizer text)
    {
        switch (form.DatePrecision)
        {
            case DatePrecision.Day when form.HeldOn is null:
                errors[nameof(SessionForm.HeldOn)] = text["Check_DayMissing"];
                break;
            case DatePrecision.Month when form.Month is null:
                errors[nameof(SessionForm.Month)] = text["Check_MonthMissing"];
                break;
        }

        if (form.DatePrecision != DatePrecision.Day && (form.Year is not { } year || !SessionDate.IsYearInRange(year)))
        {
            errors[nameof(SessionForm.Year)] = text["Check_YearMissing"];
        }
    }

    /// <summary>A figure must read as a Vietnamese reader reads it; the text stays in the field either way.</summary>
    private static void Figure(Dictionary<string, string> errors, string key, string? typed, bool required, IStringLocalizer text)
    {
        if (VietnameseNumber.Read(typed).Problem is { } problem && (required || problem != FigureProblem.Empty))
        {
            errors[key] = text.Of(problem);
        }
    }
}
