namespace WorkSessions.Web.Features.Sessions.Editing;

/// <summary>
/// What the form must hold before the domain is asked: the choices a picker leaves empty and the
/// numbers a field leaves blank. Every other rule (lengths, dates in order, deadlines not before the
/// session) is the domain's, reported by <see cref="SessionApplier"/>.
/// </summary>
public static class SessionFormCheck
{
    public static Dictionary<string, string> Errors(SessionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>();
        if (form.HeldOn is null)
        {
            errors[nameof(SessionForm.HeldOn)] = "Hãy nhập ngày làm việc.";
        }

        if (form.HostUnitId is null)
        {
            errors[nameof(SessionForm.HostUnitId)] = "Hãy chọn đơn vị làm việc.";
        }

        for (var i = 0; i < form.Indicators.Count; i++)
        {
            if (form.Indicators[i].Value is null)
            {
                errors[$"Indicators[{i}].{nameof(IndicatorForm.Value)}"] = "Hãy nhập giá trị của chỉ tiêu.";
            }
        }

        for (var d = 0; d < form.Directives.Count; d++)
        {
            for (var t = 0; t < form.Directives[d].Tasks.Count; t++)
            {
                if (form.Directives[d].Tasks[t].LeadUnitId is null)
                {
                    errors[$"Directives[{d}].Tasks[{t}].{nameof(TaskForm.LeadUnitId)}"] = "Hãy chọn đơn vị chủ trì.";
                }
            }
        }

        if (form.Directives.Count > 0 && !form.HasConclusion)
        {
            errors[nameof(SessionForm.Assessment)] = "Ý kiến chỉ đạo thuộc kết luận: hãy nhập phần kết luận.";
        }

        return errors;
    }
}
