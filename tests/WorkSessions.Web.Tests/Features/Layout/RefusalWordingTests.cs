using System.Text.RegularExpressions;
using System.Xml.Linq;
using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Layout;

/// <summary>Every refusal the domain gives a code can be said in English: the code has its "Refusal_" words.</summary>
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

    [GeneratedRegex(@"Code = ""(\w+)""")]
    private static partial Regex CodePattern();
}
