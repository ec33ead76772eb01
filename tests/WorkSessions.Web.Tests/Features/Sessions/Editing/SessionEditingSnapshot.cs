using System.Text.Json;
using WorkSessions.Web.Features.Sessions.Editing;

namespace WorkSessions.Web.Tests.Features.Sessions.Editing;

/// <summary>A form as a person reads it (no ids, versions or report flags), to compare two sessions field by field.</summary>
internal sealed record SessionEditingSnapshot(string Title, string Content)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static SessionEditingSnapshot Of(SessionForm form)
    {
        var copy = WithoutIds(form);
        var title = copy.Title;
        copy.Title = string.Empty;
        copy.Directives.ForEach(d => d.Tasks.ForEach(t => t.HasReports = false));
        return new SessionEditingSnapshot(title, JsonSerializer.Serialize(copy, Indented));
    }

    /// <summary>A copy of the form as a new session would be typed: no ids, no version.</summary>
    public static SessionForm WithoutIds(SessionForm form)
    {
        var copy = Copy(form);
        copy.Id = null;
        copy.Version = 0;
        copy.Attendees.ForEach(a => a.Id = null);
        copy.Sections.ForEach(s => s.Id = null);
        copy.Indicators.ForEach(i => i.Id = null);
        copy.Directives.ForEach(d =>
        {
            d.Id = null;
            d.Tasks.ForEach(t => t.Id = null);
        });
        return copy;
    }

    private static SessionForm Copy(SessionForm form) => JsonSerializer.Deserialize<SessionForm>(JsonSerializer.Serialize(form))!;
}
