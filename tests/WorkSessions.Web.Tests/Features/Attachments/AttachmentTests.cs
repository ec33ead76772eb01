using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Attachments;
using WorkSessions.Domain.Auditing;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Features.Attachments;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Attachments;

[Collection(PortalCollection.Name)]
public sealed class AttachmentTests(PortalFixture portal)
{
    [Fact]
    public async Task Office_staff_attach_the_report_in_the_browser_and_the_unit_downloads_the_same_bytes()
    {
        var session = await portal.SessionIdAsync("Trực Ninh");
        var pdf = SampleFiles.Pdf("Báo cáo kết quả thực hiện nhiệm vụ chính trị năm 2020 và 5 tháng đầu năm 2021");
        const string Name = "Báo cáo Huyện ủy Trực Ninh tháng 6-2021.pdf";
        var page = await portal.OpenAsync($"/sessions/{session}");
        var files = page.Locator("#attachments");

        await files.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = Name, MimeType = "application/pdf", Buffer = pdf });

        var row = files.GetByRole(AriaRole.Row).Filter(new() { HasText = Name });
        await Expect(row).ToContainTextAsync("Báo cáo của đơn vị");
        var href = await row.GetByRole(AriaRole.Link).GetAttributeAsync("href");
        await page.Context.CloseAsync();

        var (status, response, unitPage) = await portal.GetAsAsync(PortalRoles.UnitUser, href!);
        status.ShouldBe(200);
        SHA256.HashData(await response.BodyAsync()).ShouldBe(SHA256.HashData(pdf));
        response.Headers["content-type"].ShouldBe("application/pdf");
        response.Headers["content-disposition"].ShouldContain("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20Huy%E1%BB%87n");
        response.Headers["cache-control"].ShouldBe("no-store");
        await unitPage.Context.CloseAsync();

        await using var db = await portal.DbAsync();
        var stored = await db.Attachments.SingleAsync(a => a.FileName == Name);
        stored.Format.ShouldBe(FileFormat.Pdf);
        stored.Length.ShouldBe(pdf.Length);
        stored.StoredName.ShouldNotContain("Trực");
        File.Exists(Path.Combine(portal.AttachmentFolder, stored.StoredName[..2], stored.StoredName)).ShouldBeTrue();
        (await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Attachment) && a.EntityId == stored.Id.ToString() && a.Action == AuditAction.Created && a.UserName == "vanphong")).ShouldBeTrue();
    }

    [Fact]
    public async Task A_program_renamed_to_pdf_is_refused_beside_the_upload_and_nothing_is_kept()
    {
        var session = await portal.SessionIdAsync("Trực Ninh");
        var (rows, files) = await StateAsync();
        var page = await portal.OpenAsync($"/sessions/{session}");

        await page.Locator("#attachments input[type=file]").SetInputFilesAsync(new FilePayload { Name = "bao-cao.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Program() });

        await Expect(page.Locator("#attachment-error")).ToContainTextAsync("nội dung tệp không phải PDF, DOCX, XLSX, JPEG, PNG");
        await Expect(page.Locator("#attachments").GetByRole(AriaRole.Row).Filter(new() { HasText = "bao-cao.pdf" })).ToHaveCountAsync(0);
        (await StateAsync()).ShouldBe((rows, files));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_PDF_named_as_a_web_page_is_kept_and_served_as_a_PDF_never_as_a_page()
    {
        var session = await portal.SessionIdAsync("Trực Ninh");
        var polyglot = SampleFiles.PdfHtmlPolyglot();
        var page = await portal.OpenAsync($"/sessions/{session}");
        var files = page.Locator("#attachments");

        await files.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "bao-cao-da-nang.html", MimeType = "text/html", Buffer = polyglot });

        // The name keeps what was sent and gains the extension of what the file is.
        var row = files.GetByRole(AriaRole.Row).Filter(new() { HasText = "bao-cao-da-nang.html.pdf" });
        await Expect(files).ToContainTextAsync("bao-cao-da-nang.html.pdf", new() { Timeout = 10_000 });
        await Expect(row).ToHaveCountAsync(1);
        var href = await row.GetByRole(AriaRole.Link).GetAttributeAsync("href");
        await page.Context.CloseAsync();

        var (status, response, reader) = await portal.GetAsAsync(PortalRoles.OfficeStaff, href!);
        status.ShouldBe(200);
        response.Headers["content-type"].ShouldBe("application/pdf");
        response.Headers["x-content-type-options"].ShouldBe("nosniff");
        response.Headers["content-disposition"].ShouldContain("filename=bao-cao-da-nang.html.pdf");
        SHA256.HashData(await response.BodyAsync()).ShouldBe(SHA256.HashData(polyglot), "the bytes are kept as sent");
        await reader.Context.CloseAsync();
    }

    [Fact]
    public async Task A_macro_enabled_Word_file_is_refused_whatever_its_name()
    {
        var session = await portal.SessionIdAsync("Trực Ninh");
        var before = await StateAsync();
        var page = await portal.OpenAsync($"/sessions/{session}");

        await page.Locator("#attachments input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "ke-hoach.docx",
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = SampleFiles.MacroDocument(),
        });

        await Expect(page.Locator("#attachment-error")).ToContainTextAsync("tệp Word, Excel có macro cũng không nhận");
        (await StateAsync()).ShouldBe(before);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_file_over_20_MB_is_refused_and_leaves_no_file_behind()
    {
        var session = await portal.SessionIdAsync("Trực Ninh");
        var before = await StateAsync();
        var tooLarge = new byte[Attachment.MaxLength + 1];
        SampleFiles.Pdf("lớn").CopyTo(tooLarge, 0);

        await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        using var content = new MemoryStream(tooLarge);
        var result = await scope.ServiceProvider.GetRequiredService<AttachmentService>().UploadAsync(session, AttachmentKind.Other, "lớn.pdf", content);

        result.Said()[nameof(Attachment.Length)].ShouldBe("lớn.pdf: tệp lớn hơn 20 MB.");
        (await StateAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_file_over_20_MB_picked_in_the_browser_is_refused_beside_the_upload_before_it_is_sent()
    {
        var session = await portal.SessionIdAsync("Trực Ninh");
        var before = await StateAsync();
        var page = await portal.OpenAsync($"/sessions/{session}");

        await page.Locator("#attachments input[type=file]").SetInputFilesAsync(new FilePayload { Name = "ban-quet-lon.pdf", MimeType = "application/pdf", Buffer = TooLarge() });

        await Expect(page.Locator("#attachment-error")).ToHaveTextAsync(
            "ban-quet-lon.pdf: tệp nặng 20,5 MB, vượt quá giới hạn 20 MB, nên chưa được gửi. Hãy chọn tệp nhỏ hơn (ví dụ quét với độ phân giải thấp hơn).");
        (await StateAsync()).ShouldBe(before);

        // The circuit lives on: a file within the limit goes up at once.
        await page.Locator("#attachments input[type=file]").Last.SetInputFilesAsync(new FilePayload { Name = "ban-quet-nho.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf("nhỏ") });
        await Expect(page.Locator("#attachments").GetByRole(AriaRole.Row).Filter(new() { HasText = "ban-quet-nho.pdf" })).ToHaveCountAsync(1);
        await Expect(page.Locator("#attachment-error")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Evidence_over_20_MB_is_refused_beside_the_picker_and_the_typed_report_stays()
    {
        int taskId;
        await using (var db = await portal.DbAsync())
        {
            taskId = await db.FollowUpTasks.Where(t => t.LeadUnit.Name == "Huyện ủy Trực Ninh" && t.State == TaskState.InProgress)
                .OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        }

        var page = await portal.OpenAsync($"/tasks/{taskId}", "trucninh");
        var form = page.Locator("#form-progress");
        const string Report = "Đã tổ chức tiêm vắc-xin cho 95% người dân trong độ tuổi.";
        await form.GetByLabel("Nội dung báo cáo").FillAsync(Report);

        await form.Locator("input[type=file]").SetInputFilesAsync(
        [
            new FilePayload { Name = "anh-chup-lon.jpg", MimeType = "image/jpeg", Buffer = TooLarge() },
            new FilePayload { Name = "danh-sach.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf("Danh sách") },
        ]);

        await Expect(form.Locator("#evidence-error")).ToContainTextAsync("anh-chup-lon.jpg: tệp nặng 20,5 MB, vượt quá giới hạn 20 MB");
        await Expect(form.GetByText("danh-sach.pdf")).ToBeVisibleAsync();
        await Expect(form.GetByText("anh-chup-lon.jpg (")).ToHaveCountAsync(0);
        await Expect(form.GetByLabel("Nội dung báo cáo")).ToHaveValueAsync(Report);
        await Expect(page.Locator("#components-reconnect-modal")).Not.ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>A real PDF padded to 20.5 MB: over the limit by half a megabyte.</summary>
    private static byte[] TooLarge()
    {
        var bytes = new byte[Attachment.MaxLength + (512 * 1024)];
        SampleFiles.Pdf("lớn").CopyTo(bytes, 0);
        return bytes;
    }

    [Fact]
    public async Task Removing_a_file_keeps_its_row_marked_deleted_and_hides_it_from_the_list()
    {
        var session = await portal.SessionIdAsync("Trực Ninh");
        var id = await portal.AttachAsync(session, "Ảnh buổi làm việc.pdf", SampleFiles.Pdf("Ảnh"), AttachmentKind.Photo);

        await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        var attachments = scope.ServiceProvider.GetRequiredService<AttachmentService>();
        (await attachments.DeleteAsync(id)).Succeeded.ShouldBeTrue();

        (await attachments.ListAsync(session))!.Files.ShouldNotContain(f => f.Id == id);
        (await attachments.OpenAsync(id)).ShouldBeNull();
        await using var db = await portal.DbAsync();
        (await db.Attachments.IgnoreQueryFilters().SingleAsync(a => a.Id == id)).IsDeleted.ShouldBeTrue();
        (await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Attachment) && a.EntityId == id.ToString() && a.Action == AuditAction.Deleted)).ShouldBeTrue();
    }

    /// <summary>Rows and files of attachments, to prove that a refused upload left neither.</summary>
    private async Task<(int Rows, int Files)> StateAsync()
    {
        await using var db = await portal.DbAsync();
        var files = Directory.Exists(portal.AttachmentFolder) ? Directory.GetFiles(portal.AttachmentFolder, "*", SearchOption.AllDirectories).Length : 0;
        return (await db.Attachments.IgnoreQueryFilters().CountAsync(), files);
    }
}
