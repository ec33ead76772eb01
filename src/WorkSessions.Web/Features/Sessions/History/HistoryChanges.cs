using System.Text.Json;

namespace WorkSessions.Web.Features.Sessions.History;

/// <summary>An audit row's changes ({"Place": {"old": "A", "new": "B"}}) as lines a person reads.</summary>
public static class HistoryChanges
{
    private const int Longest = 160;

    public static IReadOnlyList<(string Field, string? Old, string? New)> Read(string changes)
    {
        try
        {
            using var json = JsonDocument.Parse(changes);
            return [.. json.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.Object)
                .Select(p => (p.Name, Value(p.Value, "old"), Value(p.Value, "new")))];
        }
        catch (JsonException)
        {
            return [(string.Empty, null, changes)];
        }
    }

    private static string? Value(JsonElement change, string name)
    {
        if (!change.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        return text.Length <= Longest ? text : text[..Longest] + "…";
    }
}
