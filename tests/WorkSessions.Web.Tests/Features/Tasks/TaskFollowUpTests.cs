using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Auditing;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Features.Attachments;
using WorkSessions.Web.Features.Tasks;
using WorkSessions.Web.Shared.Files;
using WorkSessions.Web.Tests.Infrastructure;
using WorkSessions.Web.Shared.Forms;

namespace WorkSessions.Web.Tests.Features.Tasks;

/// <summary>
/// The actions on a task through the service, as each role calls it: who may do what, what is
/// kept, and what a refused or stale action leaves behind (nothing but its audit row).
/// </summary>
[Collection(TrackingCollection.Name)]
public sealed class TaskFollowUpTests(PortalFixture portal)
{
    [Fact]
    public async Task The_lead_unit_reports_progress_with_evidence_and_the_timeline_shows_it_with_its_file()
    {
        var id = await OpenTaskAsync("Cổ Lễ", "tổ chức cơ sở đảng");
        await using var unit = await portal.ScopeAsAsync(PortalRoles.UnitUser, "Đảng ủy xã Cổ Lễ");
        var follow = unit.ServiceProvider.GetRequiredService<TaskFollowUp>();
        var tasks = unit.ServiceProvider.GetRequiredService<TaskQueries>();
        var before = (await tasks.GetAsync(id))!;
        before.Actions.ShouldSatisfyAllConditions(a => a.Report.ShouldBeTrue(), a => a.Review.ShouldBeFalse(), a => a.DecideExtension.ShouldBeFalse());

        var pdf = SampleFiles.Pdf("Danh sách chi bộ đã kiện toàn");
        var result = await follow.ReportProgressAsync(id, before.Version, new ProgressForm { Narrative = "Đã kiện toàn 16/18 chi bộ.", Percent = 80 },
            [new IncomingFile("Danh sách chi bộ.pdf", new MemoryStream(pdf))]);

        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Said().Values));
        var after = (await tasks.GetAsync(id))!;
        after.Percent.ShouldBe(80);
        after.State.ShouldBe(TaskState.InProgress);
        var entry = after.Timeline.Single(e => e.Text == "Đã kiện toàn 16/18 chi bộ.");
        entry.Kind.ShouldBe(TimelineKind.Progress);
        entry.On.ShouldBe(DateOnly.FromDateTime(portal.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime));
        entry.By.ShouldBe("matrix-" + PortalFixture.UserOf(PortalRoles.UnitUser));
        entry.Files!.Single().FileName.ShouldBe("Danh sách chi bộ.pdf");

        // The evidence is kept with the report, read back byte for byte, and not listed among the session's files.
        var download = await unit.ServiceProvider.GetRequiredService<AttachmentService>().OpenAsync(entry.Files![0].Id);
        await using (var content = download!.Content)
        {
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            copy.ToArray().ShouldBe(pdf);
        }

        var sessionFiles = await unit.ServiceProvider.GetRequiredService<AttachmentService>().ListAsync(await SessionOfAsync(id));
        sessionFiles!.Files.ShouldNotContain(f => f.Id == entry.Files![0].Id);
    }

    [Fact]
    public async Task A_file_that_is_not_a_document_refuses_the_whole_report_and_leaves_no_file_behind()
    {
        var id = await OpenTaskAsync("Cổ Lễ", "an ninh");
        await using var unit = await portal.ScopeAsAsync(PortalRoles.UnitUser, "Đảng ủy xã Cổ Lễ");
        var follow = unit.ServiceProvider.GetRequiredService<TaskFollowUp>();
        var tasks = unit.ServiceProvider.GetRequiredService<TaskQueries>();
        var task = (await tasks.GetAsync(id))!;
        var filesBefore = Directory.Exists(portal.AttachmentFolder) ? Directory.GetFiles(portal.AttachmentFolder, "*", SearchOption.AllDirectories).Length : 0;

        var result = await follow.ReportDoneAsync(id, task.Version, new CompletionForm { Narrative = "Đã hoàn thành.", OutputDocument = "Báo cáo số 12-BC/ĐU" },
            [new IncomingFile("Báo cáo.pdf", new MemoryStream(SampleFiles.Pdf("Báo cáo"))), new IncomingFile("Báo cáo.docx", new MemoryStream(SampleFiles.Program()))]);

        result.Said()[ProgressForm.EvidenceField].ShouldStartWith("Báo cáo.docx: nội dung tệp không phải PDF, DOCX, XLSX, JPEG, PNG");
        (await tasks.GetAsync(id))!.ShouldSatisfyAllConditions(
            t => t.State.ShouldBe(task.State),
            t => t.Timeline.Count.ShouldBe(task.Timeline.Count));
        Directory.GetFiles(portal.AttachmentFolder, "*", SearchOption.AllDirectories).Length.ShouldBe(filesBefore, "the first file, already stored, is removed too");
    }

    [Theory]
    [InlineData("", "Báo cáo số 12-BC/ĐU", "Narrative")]
    [InlineData("Đã hoàn thành.", "", "OutputDocument")]
    public async Task A_completion_report_without_its_text_or_output_is_refused_beside_that_field(string narrative, string output, string field)
    {
        var id = await OpenTaskAsync("Cổ Lễ", "an ninh");
        await using var unit = await portal.ScopeAsAsync(PortalRoles.UnitUser, "Đảng ủy xã Cổ Lễ");
        var follow = unit.ServiceProvider.GetRequiredService<TaskFollowUp>();
        var tasks = unit.ServiceProvider.GetRequiredService<TaskQueries>();
        var task = (await tasks.GetAsync(id))!;

        var result = await follow.ReportDoneAsync(id, task.Version, new CompletionForm { Narrative = narrative, OutputDocument = output }, []);

        result.Said().Keys.ShouldBe([field]);
        (await tasks.GetAsync(id))!.Version.ShouldBe(task.Version);
    }

    [Fact]
    public async Task A_second_action_from_the_same_page_is_refused_as_stale_and_changes_nothing()
    {
        var id = await OpenTaskAsync("Cổ Lễ", "an ninh");
        await using var unit = await portal.ScopeAsAsync(PortalRoles.UnitUser, "Đảng ủy xã Cổ Lễ");
        var follow = unit.ServiceProvider.GetRequiredService<TaskFollowUp>();
        var tasks = unit.ServiceProvider.GetRequiredService<TaskQueries>();
        var page = (await tasks.GetAsync(id))!;

        (await follow.ReportProgressAsync(id, page.Version, new ProgressForm { Narrative = "Lần 1", Percent = 10 }, [])).Succeeded.ShouldBeTrue();
        var second = await follow.ReportProgressAsync(id, page.Version, new ProgressForm { Narrative = "Lần 2", Percent = 20 }, []);

        second.Said()[string.Empty].ShouldStartWith("Nhiệm vụ vừa được người khác cập nhật.");
        (await tasks.GetAsync(id))!.Timeline.ShouldNotContain(e => e.Text == "Lần 2");
    }

    [Fact]
    public async Task An_extension_request_moves_the_version_so_a_second_request_from_the_same_page_is_stale()
    {
        // A task of its own: no other test of the collection has asked for its extension first.
        var id = await NewTaskAsync("Đảng ủy xã Cổ Lễ");
        await using var unit = await portal.ScopeAsAsync(PortalRoles.UnitUser, "Đảng ủy xã Cổ Lễ");
        var follow = unit.ServiceProvider.GetRequiredService<TaskFollowUp>();
        var tasks = unit.ServiceProvider.GetRequiredService<TaskQueries>();
        var page = (await tasks.GetAsync(id))!;
        page.PendingExtension.ShouldBeNull();

        var form = new ExtensionForm { ProposedDeadline = new DateTime(2027, 3, 31), Reason = "Chờ đại hội chi bộ." };
        (await follow.RequestExtensionAsync(id, page.Version, form)).Succeeded.ShouldBeTrue();
        (await follow.RequestExtensionAsync(id, page.Version, form)).Said()[string.Empty].ShouldStartWith("Nhiệm vụ vừa được người khác cập nhật.");
        (await tasks.GetAsync(id))!.PendingExtension!.ProposedDeadline.ShouldBe(new DateOnly(2027, 3, 31));
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "report", PortalRoles.OfficeStaff },
        { "report", PortalRoles.Leadership },
        { "report", PortalRoles.Administrator },
        { "report-other-unit", PortalRoles.UnitUser },
        { "report-as-coordinator", PortalRoles.UnitUser },
        { "confirm", PortalRoles.UnitUser },
        { "confirm", PortalRoles.Leadership },
        { "return", PortalRoles.UnitUser },
        { "decide", PortalRoles.OfficeStaff },
        { "decide", PortalRoles.UnitUser },
        { "decide", PortalRoles.Administrator },
        { "report", "anonymous" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task An_action_by_someone_it_does_not_belong_to_is_refused_and_writes_only_its_audit_row(string action, string role)
    {
        // Trực Ninh's epidemic task has Sở Y tế as coordinating unit; Cổ Lễ's land task awaits a decision on its extension.
        var trucNinh = await OpenTaskAsync("Trực Ninh", "COVID-19");
        var coLe = await OpenTaskAsync("Cổ Lễ", "trụ sở");
        var unitName = action == "report-as-coordinator" ? "Sở Y tế tỉnh Nam Định" : action == "report-other-unit" ? "Đảng ủy xã Cổ Lễ" : "Huyện ủy Trực Ninh";
        await using var scope = await portal.ScopeAsAsync(role, unitName);
        var follow = scope.ServiceProvider.GetRequiredService<TaskFollowUp>();
        var tasks = scope.ServiceProvider.GetRequiredService<TaskQueries>();
        var version = await tasks.CurrentVersionAsync(trucNinh) ?? 0;
        var before = await CountsAsync();

        var call = action switch
        {
            "confirm" => () => follow.ConfirmAsync(trucNinh, version),
            "return" => () => follow.ReturnAsync(trucNinh, version, "Chưa đủ hồ sơ"),
            "decide" => async () => await follow.DecideExtensionAsync(coLe, await tasks.CurrentVersionAsync(coLe) ?? 0, approve: true, null),
            _ => (Func<Task<FormResult>>)(() => follow.ReportProgressAsync(trucNinh, version, new ProgressForm { Narrative = "Báo cáo ma trận", Percent = 50 }, [])),
        };

        await Should.ThrowAsync<AccessDeniedException>(call);
        var after = await CountsAsync();
        after.ShouldBe(before with { Refusals = before.Refusals + 1 });
    }

    [Fact]
    public async Task A_coordinating_unit_reads_the_task_but_may_not_report_on_it()
    {
        var id = await OpenTaskAsync("Trực Ninh", "COVID-19");
        await using var scope = await portal.ScopeAsAsync(PortalRoles.UnitUser, "Sở Y tế tỉnh Nam Định");

        var task = await scope.ServiceProvider.GetRequiredService<TaskQueries>().GetAsync(id);

        task.ShouldNotBeNull();
        task.Actions.Any.ShouldBeFalse();
    }

    /// <summary>A task with a deadline on a new concluded session of the unit, touched by no other test.</summary>
    private async Task<int> NewTaskAsync(string unit)
    {
        var session = await Notices.NoticeScenario.ConcludedSessionAsync(portal, unit);
        await using var db = await portal.DbAsync();
        var conclusion = await db.WorkSessions.Where(s => s.Id == session).Select(s => s.Conclusion!.Id).SingleAsync();
        return await db.FollowUpTasks.Where(t => t.Directive.ConclusionId == conclusion && t.CurrentDeadline != null).Select(t => t.Id).SingleAsync();
    }

    private async Task<int> OpenTaskAsync(string unitWord, string directiveWord)
    {
        await using var db = await portal.DbAsync();
        return await db.FollowUpTasks
            .Where(t => t.LeadUnit.Name.Contains(unitWord) && db.Directives.Any(d => d.Id == t.DirectiveId && d.Text.Contains(directiveWord)))
            .OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
    }

    private async Task<int> SessionOfAsync(int taskId)
    {
        await using var db = await portal.DbAsync();
        var conclusion = await db.FollowUpTasks.Where(t => t.Id == taskId).Select(t => t.Directive.ConclusionId).SingleAsync();
        return await db.WorkSessions.Where(s => s.Conclusion!.Id == conclusion).Select(s => s.Id).SingleAsync();
    }

    private sealed record Counts(int Updates, int Extensions, int Reviews, int Attachments, int Changes, int Refusals);

    private async Task<Counts> CountsAsync()
    {
        await using var db = await portal.DbAsync();
        return new Counts(
            await db.Set<ProgressUpdate>().CountAsync(),
            await db.Set<DeadlineExtension>().CountAsync(),
            await db.Set<CompletionReview>().CountAsync(),
            await db.Attachments.CountAsync(),
            await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Created || a.Action == AuditAction.Updated || a.Action == AuditAction.Deleted),
            await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Refused));
    }
}
