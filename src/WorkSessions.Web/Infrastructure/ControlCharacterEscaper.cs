using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace WorkSessions.Web.Infrastructure;

/// <summary>
/// Writes control characters in logged values as escapes (<c>\r</c>, <c>\n</c>, <c>\u001b</c> …), so
/// that a typed value (a sign-in name with CR/LF, say) cannot start a line of its own and pass for an
/// entry the portal wrote (ASVS 7.3.1). Every sink gets the escaped value; the text stays readable.
/// </summary>
public sealed class ControlCharacterEscaper : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (Escaped(value) is { } escaped)
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, escaped));
            }
        }
    }

    /// <summary>The value with its strings escaped, or null when nothing in it needs escaping.</summary>
    private static LogEventPropertyValue? Escaped(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when text.Any(NeedsEscape) => new ScalarValue(Escape(text)),
        SequenceValue sequence when sequence.Elements.Any(e => Escaped(e) is not null) =>
            new SequenceValue(sequence.Elements.Select(e => Escaped(e) ?? e)),
        StructureValue structure when structure.Properties.Any(p => Escaped(p.Value) is not null) =>
            new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Escaped(p.Value) ?? p.Value)), structure.TypeTag),
        DictionaryValue dictionary when dictionary.Elements.Any(e => Escaped(e.Value) is not null) =>
            new DictionaryValue(dictionary.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(e.Key, Escaped(e.Value) ?? e.Value))),
        _ => null,
    };

    /// <summary>C0 and C1 controls, and the Unicode line and paragraph separators some viewers break on.</summary>
    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\r' => @"\r",
                '\n' => @"\n",
                '\t' => @"\t",
                _ when NeedsEscape(c) => @"\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
