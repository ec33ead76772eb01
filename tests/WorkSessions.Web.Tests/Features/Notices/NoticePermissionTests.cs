using Microsoft.EntityFrameworkCore;
using WorkSessions.Domain.Auditing;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Features.Notices;
using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Notices;

/// <summary>
/// The notice's rows of the permission matrix: every operation and file endpoint for every role,
/// including a unit user asking for a draft or for another unit's notice by its id. A refusal
/// writes nothing but its audit entry.
/// </summary>
[Collection(NoticeCollection.Name)]
public sealed class NoticePermissionTests(PortalFixture portal)
{

    // role:                                      admin  office leader unit (Trực Ninh); anonymous is always refused
    public static TheoryData<string, string, bool> Services => RoleTable.Of(false,
        ("notices.for-session", [true, true, true, true]),
        ("notices.get-draft", [true, true, true, false]),
        ("notices.get-issued-own", [true, true, true, true]),
        ("notices.get-issued-other", [true, true, true, false]),
        ("notices.pdf-draft", [true, true, true, false]),
        ("notices.pdf-issued-other", [true, true, true, false]),
        ("notices.docx-issued-own", [true, true, true, true]),
        ("notices.create-draft", [false, true, false, false]),
        ("notices.save-draft", [false, true, false, false]),
        ("notices.issue", [false, false, true, false]),
        ("notices.correct", [false, true, false, false]));

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Notice_operation_answers_each_role_as_the_table_says(string operation, string role, bool allowed)
    {
        var arranged = await ArrangeAsync(operation);
        var before = await CountsAsync();
        await using var scope = await portal.ScopeAsAsync(role);
        var notices = new NoticeServices(scope.ServiceProvider);

        var ran = await RunAsync(notices, operation, arranged);

        ran.ShouldBe(allowed);
        if (!allowed)
        {
            var after = await CountsAsync();
            after.ShouldBe(before with { Refusals = after.Refusals }, "a refusal writes nothing but its audit entry");
        }
    }

    // path → HTTP answer per role: admin, office, leadership, unit (Trực Ninh); anonymous goes to sign-in (401).
    public static TheoryData<string, string, int> Files => RoleTable.Of(401,
        ("/notices/{draft}", [200, 200, 200, 404]),
        ("/notices/{draft}/pdf", [200, 200, 200, 404]),
        ("/notices/{issued-own}/pdf", [200, 200, 200, 200]),
        ("/notices/{issued-own}/pdf?download=true", [200, 200, 200, 200]),
        ("/notices/{issued-own}/docx", [200, 200, 200, 200]),
        ("/notices/{issued-other}/pdf", [200, 200, 200, 404]),
        ("/notices/{issued-other}/docx", [200, 200, 200, 404]));

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Notice_page_or_file_answers_each_role_as_the_table_says(string path, string role, int expected)
    {
        var arranged = await ArrangeAsync(path);
        var url = path.Replace("{draft}", $"{arranged}", StringComparison.Ordinal)
            .Replace("{issued-own}", $"{arranged}", StringComparison.Ordinal)
            .Replace("{issued-other}", $"{arranged}", StringComparison.Ordinal);

        var (actual, response, page) = await portal.GetAsAsync(role, url);

        actual.ShouldBe(expected);
        if (actual == 200 && url.Contains("/pdf", StringComparison.Ordinal))
        {
            response.Headers["content-type"].ShouldBe("application/pdf");
            response.Headers["content-disposition"].ShouldStartWith(url.Contains("download", StringComparison.Ordinal) ? "attachment" : "inline");
            response.Headers["cache-control"].ShouldBe("no-store");
            (await response.BodyAsync())[..5].ShouldBe("%PDF-"u8.ToArray());
        }

        await page.Context.CloseAsync();
    }

    /// <summary>Fresh records for each case: a draft, an issued notice of Trực Ninh or of Cổ Lễ, or a session without notice.</summary>
    private async Task<int> ArrangeAsync(string operation)
    {
        if (operation.Contains("create-draft", StringComparison.Ordinal) || operation.Contains("for-session", StringComparison.Ordinal))
        {
            var session = await NoticeScenario.ConcludedSessionAsync(portal);
            if (operation.Contains("for-session", StringComparison.Ordinal))
            {
                await NoticeScenario.DraftAsync(portal, session);
            }

            return session;
        }

        var other = operation.Contains("other", StringComparison.Ordinal);
        var notice = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal, other ? "Đảng ủy xã Cổ Lễ" : "Huyện ủy Trực Ninh"));
        if (operation.Contains("issued", StringComparison.Ordinal) || operation.Contains("correct", StringComparison.Ordinal))
        {
            await NoticeScenario.IssueAsync(portal, notice);
        }

        return notice;
    }

    private async Task<bool> RunAsync(NoticeServices notices, string operation, int id)
    {
        try
        {
            return operation switch
            {
                "notices.for-session" => await notices.ForSessionAsync(id) is not null,
                "notices.get-draft" or "notices.get-issued-own" or "notices.get-issued-other" => await notices.GetAsync(id) is not null,
                "notices.pdf-draft" or "notices.pdf-issued-other" => await notices.PdfAsync(id) is not null,
                "notices.docx-issued-own" => await notices.DocxAsync(id) is not null,
                "notices.create-draft" => (await notices.CreateDraftAsync(id)).Succeeded,
                "notices.save-draft" => (await notices.SaveDraftAsync(new NoticeForm
                {
                    Id = id,
                    Version = await NoticeScenario.VersionAsync(portal, id),
                    IssuingBody = "Tỉnh ủy",
                    Place = "Nam Định",
                    Subject = "kết luận",
                    Opening = "Mở đầu",
                    Assessment = "Đánh giá",
                    Closing = "Kết",
                    SigningBody = "Ban Thường vụ",
                    SignerPosition = "Bí thư",
                    SignerName = "Phạm Gia Túc",
                    Recipients = "Huyện ủy Trực Ninh",
                })).Succeeded,
                "notices.issue" => (await notices.IssueAsync(id, await NoticeScenario.VersionAsync(portal, id))).Succeeded,
                "notices.correct" => (await notices.CreateCorrectionAsync(id)).Succeeded,
                _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
            };
        }
        catch (AccessDeniedException)
        {
            return false;
        }
    }

    private sealed record Counts(int Notices, int Pdfs, int Counters, int Numbered, int Changes, int Refusals);

    private async Task<Counts> CountsAsync()
    {
        await using var db = await portal.DbAsync();
        return new Counts(
            await db.ConclusionNotices.CountAsync(),
            await db.IssuedNoticePdfs.CountAsync(),
            await db.NoticeNumberCounters.SumAsync(c => c.LastNumber),
            await db.ConclusionNotices.CountAsync(n => n.Number != null),
            await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Created || a.Action == AuditAction.Updated || a.Action == AuditAction.Deleted),
            await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Refused));
    }
}
