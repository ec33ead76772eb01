using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Auditing;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Sessions;
using WorkSessions.Web.Features.Sessions;
using WorkSessions.Web.Features.Sessions.Editing;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Web.Tests.Infrastructure;
using WorkSessions.Testing;

namespace WorkSessions.Web.Tests.Features.Sessions.Editing;

/// <summary>The editing service on the real database: the whole form saved at once, or nothing.</summary>
[Collection(EditingCollection.Name)]
public sealed class SessionEditingTests(PortalFixture portal)
{
    private const string TrucNinh = "Đồng chí Bí thư Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Trực Ninh";

    [Fact]
    public async Task The_Truc_Ninh_session_opened_and_saved_unchanged_changes_only_its_version()
    {
        var id = await IdOfAsync(TrucNinh);
        var form = await EditAsync(e => e.GetAsync(id));
        var changesBefore = await ChangesAsync();

        var result = await EditAsync(e => e.SaveAsync(form!));

        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Said().Values));
        var again = await EditAsync(e => e.GetAsync(id));
        again!.Version.ShouldBe(form!.Version + 1);
        Comparable(again).ShouldBe(Comparable(form));
        (await ChangesAsync()).ShouldBe(changesBefore, "nothing changed, so nothing is audited");
    }

    [Fact]
    public async Task A_copy_of_the_Truc_Ninh_session_typed_as_new_saves_equal_to_the_seed()
    {
        var seedId = await IdOfAsync(TrucNinh);
        var seed = (await EditAsync(e => e.GetAsync(seedId)))!;
        var typed = SessionEditingSnapshot.WithoutIds(seed);
        typed.Title = "Bản nhập lại: " + seed.Title;

        var result = await EditAsync(e => e.SaveAsync(typed));

        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Said().Values));
        var saved = (await EditAsync(e => e.GetAsync(result.Value)))!;
        saved.Status.ShouldBe(WorkSessionStatus.Concluded);
        saved.Directives.Count.ShouldBe(10);
        (Comparable(saved) with { Title = seed.Title }).ShouldBe(Comparable(seed));
    }

    [Fact]
    public async Task Bad_input_is_named_beside_each_field_and_nothing_is_saved()
    {
        var form = await NewFormAsync("Huyện ủy Trực Ninh", new DateTime(2021, 6, 8));
        form.Title = "   ";
        form.Place = "Trụ sở";
        form.Subjects = "Kiểm tra";
        form.HasReport = true;
        form.ReportTitle = "Báo cáo";
        form.PeriodCovered = "Năm 2020";
        form.Indicators.Add(new IndicatorForm { Name = "Ca F1", UnitOfMeasure = "người" });
        var before = await portal.CountSessionsAsync();

        var missing = await EditAsync(e => e.SaveAsync(form));
        missing.Said().GetValueOrDefault("Indicators[0].Value").ShouldBe("Hãy nhập giá trị của chỉ tiêu.");

        form.Indicators[0].Value = "223";
        var blankTitle = await EditAsync(e => e.SaveAsync(form));
        blankTitle.Said().GetValueOrDefault(nameof(SessionForm.Title)).ShouldBe("Tiêu đề không được để trống.");

        form.Title = "Làm việc với Huyện ủy";
        form.Indicators[0].Value = "4.7";
        (await EditAsync(e => e.SaveAsync(form))).Said().GetValueOrDefault("Indicators[0].Value").ShouldBe("Số thập phân ghi bằng dấu phẩy (4,7); dấu chấm chỉ để tách hàng nghìn (1.234,5).");

        form.Indicators[0].Value = "223";
        form.HasConclusion = true;
        form.Assessment = "Ghi nhận kết quả.";
        form.Directives.Add(new DirectiveForm { Field = DirectiveField.Economy, Text = "Đẩy mạnh sản xuất.", Tasks = [new TaskForm { LeadUnitId = form.HostUnitId, ExpectedOutput = "Báo cáo", Deadline = new DateTime(2021, 6, 1) }] });
        (await EditAsync(e => e.SaveAsync(form))).Said().GetValueOrDefault("Directives[0].Tasks[0].Deadline").ShouldBe("Thời hạn không được trước ngày làm việc.");

        (await portal.CountSessionsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_unit_that_did_not_exist_on_the_day_is_refused_as_host()
    {
        var form = await NewFormAsync("Huyện ủy Trực Ninh", new DateTime(2026, 3, 2));
        form.Title = "Làm việc sau khi bỏ cấp huyện";
        form.Place = "Trụ sở";
        form.Subjects = "Kiểm tra";

        var result = await EditAsync(e => e.SaveAsync(form));

        result.Said()[nameof(SessionForm.HostUnitId)].ShouldStartWith("Đơn vị Huyện ủy Trực Ninh không hoạt động vào");
    }

    [Fact]
    public async Task The_second_of_two_saves_from_the_same_version_is_refused_and_can_be_reapplied()
    {
        var id = await NewSessionAsync("Buổi làm việc sửa đồng thời");
        var first = (await EditAsync(e => e.GetAsync(id)))!;
        var second = (await EditAsync(e => e.GetAsync(id)))!;
        first.Place = "Hội trường A";
        second.Place = "Hội trường B";

        (await EditAsync(e => e.SaveAsync(first))).Succeeded.ShouldBeTrue();
        var refused = await EditAsync(e => e.SaveAsync(second));

        refused.Has(SessionEditing.Conflict).ShouldBeTrue();
        (await EditAsync(e => e.GetAsync(id)))!.Place.ShouldBe("Hội trường A", "the first save stands");

        // Re-applying: the second user saves their form over the version now stored, knowingly.
        second.Version = (await EditAsync(e => e.CurrentVersionAsync(id)))!.Value;
        (await EditAsync(e => e.SaveAsync(second))).Succeeded.ShouldBeTrue();
        (await EditAsync(e => e.GetAsync(id)))!.Place.ShouldBe("Hội trường B");
    }

    [Fact]
    public async Task A_change_to_a_directive_alone_still_moves_the_session_version()
    {
        var id = await NewSessionAsync("Buổi làm việc sửa một ý kiến", directives: 2);
        var first = (await EditAsync(e => e.GetAsync(id)))!;
        var second = (await EditAsync(e => e.GetAsync(id)))!;
        first.Directives[1].Text = "Nội dung đã sửa.";
        second.Assessment = "Đánh giá khác.";

        (await EditAsync(e => e.SaveAsync(first))).Succeeded.ShouldBeTrue();

        (await EditAsync(e => e.SaveAsync(second))).Has(SessionEditing.Conflict).ShouldBeTrue();
    }

    [Fact]
    public async Task Removing_and_reordering_directives_renumbers_them_and_removes_their_tasks()
    {
        var id = await NewSessionAsync("Buổi làm việc sắp xếp ý kiến", directives: 3);
        var form = (await EditAsync(e => e.GetAsync(id)))!;
        var removedTask = form.Directives[0].Tasks[0].Id!.Value;
        form.Directives = [form.Directives[2], form.Directives[1]];

        (await EditAsync(e => e.SaveAsync(form))).Succeeded.ShouldBeTrue();

        var saved = (await EditAsync(e => e.GetAsync(id)))!;
        saved.Directives.Select(d => d.Text).ShouldBe(["Ý kiến số 3.", "Ý kiến số 2."]);
        await using var db = await portal.DbAsync();
        (await db.Directives.Where(d => d.ConclusionId == db.WorkSessions.Where(s => s.Id == id).Select(s => s.Conclusion!.Id).Single()).OrderBy(d => d.Number).Select(d => d.Number).ToListAsync()).ShouldBe([1, 2]);
        (await db.FollowUpTasks.IgnoreQueryFilters().SingleAsync(t => t.Id == removedTask)).IsDeleted.ShouldBeTrue("a removed directive takes its tasks with it");
        (await db.AuditEntries.AnyAsync(a => a.EntityType == "FollowUpTask" && a.EntityId == removedTask.ToString() && a.Action == AuditAction.Deleted)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_task_the_unit_has_reported_on_keeps_its_deadline()
    {
        var id = await IdOfAsync("[Minh họa] Đồng chí Phó Bí thư Thường trực Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy xã Cổ Lễ");
        var form = (await EditAsync(e => e.GetAsync(id)))!;
        var (directive, task) = form.Directives.SelectMany((d, i) => d.Tasks.Select((t, j) => (i, j, t))).Where(x => x.t.HasReports && x.t.Deadline is not null).Select(x => (x.i, x.j)).First();
        form.Directives[directive].Tasks[task].Deadline = form.Directives[directive].Tasks[task].Deadline!.Value.AddDays(30);

        var result = await EditAsync(e => e.SaveAsync(form));

        result.Said()[$"Directives[{directive}].Tasks[{task}].Deadline"].ShouldContain("thời hạn mới đi qua gia hạn");
    }

    [Fact]
    public async Task Search_finds_a_session_by_the_words_of_a_directive_without_diacritics()
    {
        await NewSessionAsync("Buổi làm việc về kè sông", directives: 1, directiveText: "Hoàn thành gia cố kè sông Sò đoạn qua xã Trực Hùng trước mùa mưa bão.");

        await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        var found = await scope.ServiceProvider.GetRequiredService<SessionQueries>().ListAsync("ke song so doan qua xa truc hung", new PageRequest(0, 20));

        found.Items.Select(s => s.Title).ShouldBe(["Buổi làm việc về kè sông"]);
    }

    [Fact]
    public async Task A_pasted_article_names_people_of_the_register_with_their_title_of_that_day_and_saves_nothing()
    {
        var article = await File.ReadAllTextAsync(Repository.File("seeds/sources/truc-ninh-2021-06-08.txt"));
        var before = await ChangesAsync();

        var proposal = await EditAsync(e => e.ProposeAsync(article, new DateTime(2021, 6, 8)));

        proposal.Directives.Count.ShouldBe(10);
        var chair = proposal.Attendees[0];
        chair.OfficialId.ShouldNotBeNull();
        chair.RegisterTitle.ShouldBe("Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy");
        proposal.Attendees[1].RegisterTitle.ShouldBe("Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh");
        (await ChangesAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Unit_users_and_leaders_may_not_edit()
    {
        var id = await IdOfAsync(TrucNinh);
        foreach (var role in new[] { PortalRoles.UnitUser, PortalRoles.Leadership, PortalRoles.Administrator })
        {
            await using var scope = await portal.ScopeAsAsync(role);
            var editing = scope.ServiceProvider.GetRequiredService<SessionEditing>();
            await Should.ThrowAsync<WorkSessions.Web.Shared.Access.AccessDeniedException>(() => editing.GetAsync(id));
            await Should.ThrowAsync<WorkSessions.Web.Shared.Access.AccessDeniedException>(() => editing.SaveAsync(new SessionForm()));
        }
    }

    private async Task<T> EditAsync<T>(Func<SessionEditing, Task<T>> action)
    {
        await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        return await action(scope.ServiceProvider.GetRequiredService<SessionEditing>());
    }

    private async Task<SessionForm> NewFormAsync(string host, DateTime day)
    {
        var form = await EditAsync(e => e.NewAsync());
        form.HostUnitId = await portal.UnitIdAsync(host);
        form.HeldOn = day;
        return form;
    }

    private async Task<int> NewSessionAsync(string title, int directives = 0, string? directiveText = null)
    {
        var form = await NewFormAsync("Huyện ủy Trực Ninh", new DateTime(2021, 9, 20));
        form.Title = title;
        form.Place = "Trụ sở Huyện ủy";
        form.Subjects = "Tình hình thực hiện nhiệm vụ";
        if (directives > 0)
        {
            form.HasConclusion = true;
            form.Assessment = "Ghi nhận kết quả.";
            form.Directives = [.. Enumerable.Range(1, directives).Select(n => new DirectiveForm
            {
                Field = DirectiveField.Economy,
                Text = directiveText ?? $"Ý kiến số {n}.",
                Tasks = [new TaskForm { LeadUnitId = form.HostUnitId, ExpectedOutput = "Báo cáo kết quả", Deadline = new DateTime(2021, 12, 31) }],
            })];
        }

        var result = await EditAsync(e => e.SaveAsync(form));
        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Said().Values));
        return result.Value;
    }

    private async Task<int> IdOfAsync(string title)
    {
        await using var db = await portal.DbAsync();
        // The first with that title is the seeded one: the browser test types the Trực Ninh session again under its own title.
        return await db.WorkSessions.Where(s => s.Title == title).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
    }

    private async Task<int> ChangesAsync()
    {
        await using var db = await portal.DbAsync();
        return await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Created || a.Action == AuditAction.Updated || a.Action == AuditAction.Deleted);
    }

    /// <summary>What a person reads in the form, without ids and versions, as one comparable value.</summary>
    private static SessionEditingSnapshot Comparable(SessionForm form) => SessionEditingSnapshot.Of(form);
}
