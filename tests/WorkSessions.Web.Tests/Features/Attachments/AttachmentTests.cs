using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Attachments;
using WorkSessions.Domain.Auditing;
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

        await Expect(page.Locator("#attachment-error")).ToContainTextAsync("Nội dung tệp không phải PDF, DOCX, XLSX, JPEG, PNG");
        await Expect(page.Locator("#attachments").GetByRole(AriaRole.Row).Filter(new() { HasText = "bao-cao.pdf" })).ToHaveCountAsync(0);
        (await StateAsync()).ShouldBe((rows, files));
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

        result.Errors[nameof(Attachment.Length)].ShouldBe("Tệp lớn hơn 20 MB.");
        (await StateAsync()).ShouldBe(before);
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
