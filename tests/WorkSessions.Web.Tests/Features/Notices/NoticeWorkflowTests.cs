using Deque.AxeCore.Playwright;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Notices;
using WorkSessions.Domain.Sessions;
using WorkSessions.Web.Features.Notices;
using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Notices;

/// <summary>The notice from the office's draft to the leader's signature, in the browser and in the services.</summary>
[Collection(NoticeCollection.Name)]
public sealed class NoticeWorkflowTests(PortalFixture portal)
{
    [Fact]
    public async Task The_office_drafts_the_Truc_Ninh_notice_and_lanhdao_issues_it_in_the_browser_and_downloads_the_PDF()
    {
        int sessionId;
        string[] directives;
        await using (var db = await portal.DbAsync())
        {
            var session = await db.WorkSessions.Include(s => s.Conclusion!).ThenInclude(c => c.Directives)
                .SingleAsync(s => s.HostUnit.Name == "Huyện ủy Trực Ninh" && s.HeldOn == new DateOnly(2021, 6, 8));
            sessionId = session.Id;
            directives = [.. session.Conclusion!.Directives.Select(d => d.Text)];
        }

        int expected;
        await using (var db = await portal.DbAsync())
        {
            // Trực Ninh's committee is Tỉnh ủy Nam Định: the notice takes that committee's next number.
            var namDinh = await db.Units.Where(u => u.Name == "Tỉnh ủy Nam Định").Select(u => u.Id).SingleAsync();
            expected = 1 + await db.NoticeNumberCounters.Where(c => c.IssuingUnitId == namDinh && c.TypeCode == "TB" && c.IssuerCode == "TU" && c.Period == "2025-2030").Select(c => c.LastNumber).SingleOrDefaultAsync();
        }

        var office = await portal.OpenAsync($"/sessions/{sessionId}", "vanphong");
        await office.GetByRole(AriaRole.Button, new() { Name = "Lập dự thảo thông báo" }).ClickAsync();
        await office.WaitForURLAsync(u => u.Contains("/notices/", StringComparison.Ordinal));
        var noticeUrl = new Uri(office.Url).AbsolutePath;
        var preview = office.Locator(".ws-notice");
        await Assertions.Expect(preview).ToContainTextAsync("DỰ THẢO");
        await Assertions.Expect(preview).ToContainTextAsync("đồng chí Phạm Gia Túc, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy");
        await office.GetByLabel("Địa danh").FillAsync("Nam Định");
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();
        await Assertions.Expect(office.GetByText("Đã lưu dự thảo.")).ToBeVisibleAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Button, new() { Name = "Ban hành" })).ToHaveCountAsync(0);
        await office.Context.CloseAsync();

        var leader = await portal.OpenAsync(noticeUrl, "lanhdao");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Ban hành" }).ClickAsync();
        await leader.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Ban hành" }).ClickAsync();
        await Assertions.Expect(leader.GetByText($"Đã ban hành Thông báo số {expected}-TB/TU.")).ToBeVisibleAsync();
        await Assertions.Expect(leader.Locator("h1")).ToHaveTextAsync($"Thông báo số {expected}-TB/TU ngày 28/11/2026");

        var download = await leader.RunAndWaitForDownloadAsync(() => leader.Locator("a[href$='/pdf?download=true']").ClickAsync());
        download.SuggestedFilename.ShouldBe($"Thong-bao-{expected}-TB-TU-2026-11-28.pdf");
        using (var pdf = PdfDocument.Open(await File.ReadAllBytesAsync((await download.PathAsync())!)))
        {
            // Page numbers sit in the top margin (20 mm = 56.7 pt); the text is read without them.
            var words = pdf.GetPages().SelectMany(p => p.GetWords().Where(w => w.BoundingBox.Top < p.Height - 56.7)).Select(w => w.Text).ToList();
            var text = string.Join(' ', words);
            text.ShouldContain($"Số {expected}-TB/TU");
            text.ShouldContain("Nam Định, ngày 28 tháng 11 năm 2026");
            text.ShouldNotContain("DỰ THẢO");
            var at = 0;
            foreach (var directive in directives)
            {
                // In order: each directive is found after the one before it.
                var found = text.IndexOf(string.Join(' ', directive.Split(' ', StringSplitOptions.RemoveEmptyEntries)), at, StringComparison.Ordinal);
                found.ShouldBeGreaterThan(at, directive);
                at = found;
            }
        }

        var word = await leader.RunAndWaitForDownloadAsync(() => leader.Locator("a[href$='/docx']").ClickAsync());
        using (var docx = WordprocessingDocument.Open((await word.PathAsync())!, false))
        {
            docx.MainDocumentPart!.Document!.InnerText.ShouldContain($"Số {expected}-TB/TU");
        }

        await using var check = await portal.DbAsync();
        (await check.WorkSessions.Where(s => s.Id == sessionId).Select(s => s.Status).SingleAsync()).ShouldBe(WorkSessionStatus.NoticeIssued);
        await leader.Context.CloseAsync();
    }

    [Fact]
    public async Task An_issued_notice_is_served_as_issued_even_after_the_format_profile_changes()
    {
        var notice = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal));
        await NoticeScenario.IssueAsync(portal, notice);
        var first = await PdfAsync(notice);

        await using (var db = await portal.DbAsync())
        {
            var profile = await db.NoticeFormatProfiles.OrderBy(p => p.EffectiveFrom).FirstAsync();
            profile.Change(profile.Name, profile.EffectiveFrom, profile.Format with { MarginLeft = 35, RecipientSeparator = ";" });
            await db.SaveChangesAsync();
        }

        try
        {
            (await PdfAsync(notice)).ShouldBe(first);
            await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
            var view = await scope.ServiceProvider.GetRequiredService<NoticeQueries>().GetAsync(notice);
            view!.PreviewHtml.ShouldContain("Số " + view.Number);
            view.Form.ShouldBeNull();
            view.CanEdit.ShouldBeFalse();
        }
        finally
        {
            await using var db = await portal.DbAsync();
            var profile = await db.NoticeFormatProfiles.OrderBy(p => p.EffectiveFrom).FirstAsync();
            profile.Change(profile.Name, profile.EffectiveFrom, NoticeFormat.Guidance2018);
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task A_draft_saved_over_a_newer_save_is_refused_and_keeps_the_newer_text()
    {
        var notice = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal));
        await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        var service = new NoticeServices(scope.ServiceProvider);
        var first = (await service.GetAsync(notice))!.Form!;
        var second = (await service.GetAsync(notice))!.Form!;

        first.Closing = "Ban Thường vụ Tỉnh ủy thông báo để biết, thực hiện./.";
        (await service.SaveDraftAsync(first)).Succeeded.ShouldBeTrue();
        second.Closing = "Bản sửa cũ hơn";
        var stale = await service.SaveDraftAsync(second);

        stale.Said()[string.Empty].ShouldStartWith("Thông báo vừa được người khác thay đổi.");
        (await service.GetAsync(notice))!.Form!.Closing.ShouldBe("Ban Thường vụ Tỉnh ủy thông báo để biết, thực hiện./.");
    }

    [Fact]
    public async Task Bad_input_is_named_beside_its_field_and_nothing_is_saved()
    {
        var notice = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal));
        await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        var service = new NoticeServices(scope.ServiceProvider);
        var form = (await service.GetAsync(notice))!.Form!;
        var version = form.Version;
        form.Subject = "Trích yếu mới";
        form.Opening = "   ";

        var result = await service.SaveDraftAsync(form);

        result.Said()[nameof(ConclusionNotice.Opening)].ShouldBe("Phần mở đầu không được để trống.");
        var after = (await service.GetAsync(notice))!.Form!;
        after.Version.ShouldBe(version);
        after.Subject.ShouldNotBe("Trích yếu mới");
    }

    [Fact]
    public async Task A_correction_is_a_new_notice_that_names_the_one_it_corrects()
    {
        var issued = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal));
        var number = await NoticeScenario.IssueAsync(portal, issued);
        await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        var service = new NoticeServices(scope.ServiceProvider);

        var created = await service.CreateCorrectionAsync(issued);
        var correction = created.Value;
        var correctionNumber = await NoticeScenario.IssueAsync(portal, correction);

        correctionNumber.ShouldNotBe(number);
        var view = await service.GetAsync(correction);
        view!.PreviewHtml.ShouldContain($"(Đính chính Thông báo số {number})");
        (await service.CreateCorrectionAsync(issued)).Said()[string.Empty].ShouldBe("Thông báo này đã có thông báo đính chính.");
    }

    [Theory]
    [InlineData("vanphong")]
    [InlineData("lanhdao")]
    public async Task The_draft_page_has_one_heading_and_no_serious_axe_violation(string userName)
    {
        var notice = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal));
        var page = await portal.OpenAsync($"/notices/{notice}", userName);
        await Assertions.Expect(page.Locator(".ws-notice")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);

        var result = await page.RunAxe();

        result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))}")
            .ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    private async Task<byte[]> PdfAsync(int notice)
    {
        await using var scope = await portal.ScopeAsAsync(PortalRoles.Leadership);
        return (await scope.ServiceProvider.GetRequiredService<NoticeFiles>().PdfAsync(notice))!.Content;
    }
}
