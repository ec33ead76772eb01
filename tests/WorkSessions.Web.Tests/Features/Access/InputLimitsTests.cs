using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using WorkSessions.Testing;

namespace WorkSessions.Web.Tests.Features.Access;

/// <summary>
/// No text a person types or pastes can drop the connection and lose the form (ASVS 5.1.x, and the
/// finding of 100,000 pasted characters): every text field has a maxlength the browser enforces,
/// none longer than the circuit's message can carry in its worst encoding.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class InputLimitsTests(PortalFixture portal)
{
    /// <summary>100,000 characters as a paste from a long document: Vietnamese letters, quotes and line breaks.</summary>
    private static readonly string Pasted = string.Concat(Enumerable.Repeat("Đồng chí \"Bí thư\" yêu cầu khẩn trương triển khai.\n", 2000))[..100_000];

    [Fact]
    public async Task A_hundred_thousand_pasted_characters_in_a_report_are_cut_at_its_limit_and_the_form_lives_on()
    {
        var taskId = await TrucNinhTaskAsync();
        var page = await portal.OpenAsync($"/tasks/{taskId}", "trucninh");
        var narrative = page.Locator("#form-progress").GetByLabel("Nội dung báo cáo");

        await narrative.FillAsync(Pasted);

        // The count is drawn by the server from what it received (the text reached it, the circuit is
        // alive), in Vietnamese numbers: 8.000, not 8000.
        await Expect(page.Locator("#form-progress")).ToContainTextAsync("8.000 / 8.000 ký tự");
        (await narrative.InputValueAsync()).Length.ShouldBe(ProgressUpdate.NarrativeMaxLength);
        await page.Locator("#form-progress").GetByLabel("Tỷ lệ hoàn thành (%)").FillAsync("40");
        await page.Locator("#form-progress").GetByLabel("Tỷ lệ hoàn thành (%)").BlurAsync();
        await Expect(page.Locator("#components-reconnect-modal")).Not.ToBeVisibleAsync();
        (await narrative.InputValueAsync()).ShouldBe(Pasted[..ProgressUpdate.NarrativeMaxLength].Replace("\r", string.Empty, StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_longest_field_holds_its_limit_in_the_worst_encoding_without_dropping_the_connection()
    {
        // Quotes and control characters cost the most in the message (CircuitLimits.WorstBytesPerCharacter).
        var worst = string.Concat(Enumerable.Repeat("\"\u0001ệ", 40_000));
        var page = await portal.OpenAsync("/sessions/new");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Kết luận" }).ClickAsync();
        await page.GetByText("Đề xuất từ bài phát biểu hoặc bài báo").ClickAsync();
        var box = page.GetByLabel("Văn bản dán vào", new() { Exact = true });

        await box.FillAsync(worst);

        // The read button is enabled by the server once it holds the text.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đọc và đề xuất" })).ToBeEnabledAsync();
        (await box.InputValueAsync()).Length.ShouldBe(CircuitLimits.LongestText);
        await Expect(page.Locator("#components-reconnect-modal")).Not.ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Thông tin chung" }).ClickAsync();
        await Expect(page.GetByLabel("Tiêu đề", new() { Exact = true })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_page_pasted_into_a_subject_or_a_date_box_is_cut_at_the_field_and_the_editor_keeps_working()
    {
        var page = await portal.OpenAsync("/sessions/new");
        var subjects = page.GetByLabel("Nội dung làm việc", new() { Exact = true });

        await subjects.FillAsync(Pasted);
        await page.GetByLabel("Ngày làm việc", new() { Exact = true }).FillAsync(Pasted);
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("Làm việc với Huyện ủy Trực Ninh");

        (await subjects.InputValueAsync()).Length.ShouldBe(WorkSessions.Domain.Sessions.WorkSession.SubjectsMaxLength);
        (await page.GetByLabel("Ngày làm việc", new() { Exact = true }).InputValueAsync()).Length.ShouldBeLessThanOrEqualTo(10);
        await Expect(page.Locator("#components-reconnect-modal")).Not.ToBeVisibleAsync();
        await Expect(page.GetByLabel("Tiêu đề", new() { Exact = true })).ToHaveValueAsync("Làm việc với Huyện ủy Trực Ninh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public void Every_text_field_has_a_maxlength_the_circuit_can_carry()
    {
        var fields = RazorFields().ToList();
        fields.Count.ShouldBeGreaterThan(60, "the scan finds the portal's fields");

        var missing = fields.Where(f => f.MaxLength is null).Select(f => f.Where).ToList();
        missing.ShouldBeEmpty("every text field needs a maxlength the browser enforces");

        var longest = fields.Max(f => Resolve(f.MaxLength!, f.File));
        longest.ShouldBe(CircuitLimits.LongestText, "CircuitLimits.LongestText is the longest field");
        CircuitLimits.MaximumReceiveMessageSize.ShouldBeGreaterThanOrEqualTo((long)CircuitLimits.LongestText * CircuitLimits.WorstBytesPerCharacter);
    }

    /// <summary>The components a person types text into, with their MaxLength (null when missing).</summary>
    private static IEnumerable<(string File, string Where, string? MaxLength)> RazorFields()
    {
        var root = Repository.File("src/WorkSessions.Web");
        foreach (var file in Directory.EnumerateFiles(root, "*.razor", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (Match field in TextField().Matches(text))
            {
                var attributes = field.Groups["attributes"].Value;
                var isPicker = field.Groups["tag"].Value.EndsWith("Picker", StringComparison.Ordinal);
                if (isPicker && !attributes.Contains("Editable=\"true\"", StringComparison.Ordinal))
                {
                    continue; // a picker one cannot type into sends no text
                }

                var maxLength = MaxLengthAttribute().Match(attributes);
                var line = text[..field.Index].Count(c => c == '\n') + 1;
                yield return (file, $"{Path.GetRelativePath(root, file)}:{line} {field.Groups["tag"].Value}", maxLength.Success ? maxLength.Groups[1].Value : null);
            }
        }
    }

    /// <summary>A MaxLength value: a number, or a constant named as the .razor names it (resolved in the portal's assemblies).</summary>
    private static int Resolve(string expression, string file)
    {
        expression = expression.TrimStart('@');
        if (int.TryParse(expression, out var number))
        {
            return number;
        }

        var parts = expression.Split('.');
        var typeName = parts.Length > 1 ? parts[^2] : Path.GetFileNameWithoutExtension(file);
        var assemblies = new[] { typeof(CircuitLimits).Assembly, typeof(ProgressUpdate).Assembly, typeof(WorkSessions.Data.Identity.PortalUser).Assembly };
        var field = assemblies.SelectMany(a => a.GetTypes()).Where(t => t.Name == typeName)
            .Select(t => t.GetField(parts[^1], BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .SingleOrDefault(f => f is { IsLiteral: true });
        return field is null ? throw new InvalidOperationException($"MaxLength=\"{expression}\" in {file} is not a constant the test can read") : (int)field.GetRawConstantValue()!;
    }

    private async Task<int> TrucNinhTaskAsync()
    {
        await using var db = await portal.DbAsync();
        return await db.FollowUpTasks
            .Where(t => t.LeadUnit.Name == "Huyện ủy Trực Ninh" && t.State == TaskState.InProgress)
            .OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
    }

    [GeneratedRegex(@"<(?<tag>MudTextField|MudAutocomplete|MudNumericField|MudDatePicker|MudTimePicker|InputText|InputTextArea|textarea)\b(?<attributes>(?:[^>]|(?<==)>|>(?==))*?)(?:/>|(?<!=)>(?!=))", RegexOptions.Singleline)]
    private static partial Regex TextField();

    [GeneratedRegex(@"\b(?:MaxLength|maxlength)=""([^""]+)""")]
    private static partial Regex MaxLengthAttribute();
}
