using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace WorkSessions.Data.Auditing;

internal static class AuditJson
{
    /// <summary>Vietnamese stays readable in the audit log instead of \u escapes.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
