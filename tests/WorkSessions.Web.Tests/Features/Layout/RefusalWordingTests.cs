using System.Text.RegularExpressions;
using System.Xml.Linq;
using WorkSessions.Testing;

namespace WorkSessions.Web.Tests.Features.Layout;

/// <summary>
/// Every refusal can be said in both languages: a domain code has its English "Refusal_" words, and
/// every key a service refuses with (<c>Write.Fail("Field", "Key")</c>, <c>FormResult.Fail</c>, a
/// form check's <c>new FormError(field, "Key", …)</c>) has words in the Vietnamese and the English resources.
/// </summary>
public sealed partial class RefusalWordingTests
{
    [Fact]
    public void Every_refusal_code_in_the_source_has_English_words()
    {
        var english = XDocument.Load(Repository.File("src/WorkSessions.Web/Localization/SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var codes = Directory.EnumerateFiles(Repository.File("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => CodePattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        codes.Count.ShouldBeGreaterThan(15);
        codes.Where(c => !english.Contains($"Refusal_{c}")).ShouldBeEmpty();
    }

    [Fact]
    public void Every_key_a_service_refuses_with_has_words_in_both_languages()
    {
        var keys = SourceFiles()
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        keys.Count.ShouldBeGreaterThan(50);
        foreach (var resources in new[] { "SharedResource.resx", "SharedResource.en.resx" })
        {
            var names = Names(resources);
            keys.Where(k => !names.Contains(k)).ShouldBeEmpty(resources);
        }
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Repository.File("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static HashSet<string> Names(string resources) =>
        XDocument.Load(Repository.File($"src/WorkSessions.Web/Localization/{resources}"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"Code = ""(\w+)""")]
    private static partial Regex CodePattern();

    /// <summary>
    /// The key of <c>Fail(field, "Key"</c>, <c>Refused(field, "Key"</c>, <c>new(field, "Key", [</c>, and of
    /// the constants that name a stale or unavailable answer (<c>Stale = "Task_Stale"</c>).
    /// </summary>
    [GeneratedRegex(@"(?:(?:Fail|Refused)\([^,()]*(?:\([^()]*\))?[^,()]*,\s*|new(?:\s*FormError)?\([^,()]*(?:\([^()]*\))?[^,()]*,\s*|(?:StaleKey|Stale|Conflict|Unavailable)(?: \{ get; init; \})? = )""(\w+)""(?=[,;)\s])")]
    private static partial Regex KeyPattern();
}
