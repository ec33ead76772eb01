using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Notices;
using WorkSessions.Domain.Reports;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Units;
using WorkSessions.Web.Features.Notices;
using WorkSessions.Web.Tests.Features.Notices;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static WorkSessions.Web.Tests.Infrastructure.MudInputs;

namespace WorkSessions.Web.Tests.Features.Sessions.Editing;

/// <summary>
/// Sessions as real sources give them: figures written the Vietnamese way with the word before
/// them, a place the source does not name. What is typed is stored as meant, or refused beside
/// its field with the text kept.
/// </summary>
[Collection(EditingCollection.Name)]
public sealed class RealRecordsTests(PortalFixture portal)
{
    [Fact]
    public async Task Figures_typed_the_Vietnamese_way_are_stored_as_meant_and_one_written_the_English_way_is_refused_beside_its_field()
    {
        var title = $"Làm việc với Huyện ủy Trực Ninh về thu ngân sách {Guid.NewGuid():N}"[..70];
        var page = await NewTrucNinhSessionAsync(title, "20/10/2021", "Tình hình thu ngân sách 9 tháng năm 2021");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Báo cáo của đơn vị" }).ClickAsync();
        await page.GetByText("Có báo cáo của đơn vị").ClickAsync();
        await page.GetByLabel("Tên báo cáo", new() { Exact = true }).FillAsync("Báo cáo tình hình kinh tế - xã hội 9 tháng");
        await page.GetByLabel("Thời kỳ báo cáo", new() { Exact = true }).FillAsync("9 tháng đầu năm 2021");
        await FigureAsync(page, 0, "Thu ngân sách trên địa bàn", "trên 181", "tỉ đồng", "gần 200");
        await FigureAsync(page, 1, "Tăng trưởng giá trị sản xuất", "4.7", "%", "+6,5");
        await FigureAsync(page, 2, "Giá trị sản xuất nông nghiệp", "1.234,5", "tỉ đồng", null);
        await FigureAsync(page, 3, "Sản lượng lúa so với cùng kỳ", "-2,3", "%", null);

        await page.GetByRole(AriaRole.Button, new() { Name = "Dán bảng số liệu" }).ClickAsync();
        await page.GetByLabel("Bảng số liệu chép từ Word hoặc Excel", new() { Exact = true })
            .FillAsync("STT\tChỉ tiêu\tGiá trị\tĐơn vị tính\tKế hoạch\n1\tKết nạp đảng viên mới\t35\tđảng viên\t40\n2\tHộ nghèo giảm\tkhoảng 0,5\t%\t");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm các dòng vào chỉ tiêu" }).ClickAsync();
        await Expect(page.GetByText("Đã thêm 2 chỉ tiêu. Hãy kiểm tra rồi lưu.")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-indicator='5']").GetByLabel("Giá trị", new() { Exact = true })).ToHaveValueAsync("khoảng 0,5");

        var before = await portal.CountSessionsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        var english = page.Locator("[data-indicator='1']");
        await Expect(english.GetByText("Số thập phân ghi bằng dấu phẩy (4,7); dấu chấm chỉ để tách hàng nghìn (1.234,5).")).ToBeVisibleAsync();
        await Expect(english.GetByLabel("Giá trị", new() { Exact = true })).ToHaveValueAsync("4.7");
        (await portal.CountSessionsAsync()).ShouldBe(before);

        await english.GetByLabel("Giá trị", new() { Exact = true }).FillAsync("4,7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Địa điểm" })).ToContainTextAsync("Chưa ghi nhận");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Thu ngân sách trên địa bàn" }).Locator("td")).ToHaveTextAsync(["Thu ngân sách trên địa bàn", "trên 181", "gần 200", "tỉ đồng", ""]);
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Tăng trưởng giá trị sản xuất" }).Locator("td")).ToHaveTextAsync(["Tăng trưởng giá trị sản xuất", "4,7", "+6,5", "%", ""]);
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Giá trị sản xuất nông nghiệp" }).Locator("td")).ToHaveTextAsync(["Giá trị sản xuất nông nghiệp", "1.234,5", "", "tỉ đồng", ""]);
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Sản lượng lúa so với cùng kỳ" }).Locator("td")).ToHaveTextAsync(["Sản lượng lúa so với cùng kỳ", "-2,3", "", "%", ""]);
        await page.Context.CloseAsync();

        await using var db = await portal.DbAsync();
        var saved = await db.WorkSessions.AsNoTracking().Include(s => s.Report!).ThenInclude(r => r.Indicators).SingleAsync(s => s.Title == title);
        saved.Place.ShouldBeNull();
        saved.Report!.Indicators.Select(i => (i.Name, i.ValueFigure, i.UnitOfMeasure, i.TargetFigure)).ShouldBe(
        [
            ("Thu ngân sách trên địa bàn", new Figure(181m, FigureQualifier.Over), "tỉ đồng", new Figure(200m, FigureQualifier.Nearly)),
            ("Tăng trưởng giá trị sản xuất", new Figure(4.7m), "%", new Figure(6.5m, FigureQualifier.Plus)),
            ("Giá trị sản xuất nông nghiệp", new Figure(1234.5m), "tỉ đồng", null),
            ("Sản lượng lúa so với cùng kỳ", new Figure(-2.3m), "%", null),
            ("Kết nạp đảng viên mới", new Figure(35m), "đảng viên", new Figure(40m)),
            ("Hộ nghèo giảm", new Figure(0.5m, FigureQualifier.About), "%", null),
        ]);

        // Opened again, every figure reads back as it was typed.
        var again = await portal.OpenAsync($"/sessions/{saved.Id}/edit");
        await again.GetByRole(AriaRole.Tab, new() { Name = "Báo cáo của đơn vị" }).ClickAsync();
        string[] typed = ["trên 181", "4,7", "1.234,5", "-2,3", "35", "khoảng 0,5"];
        for (var i = 0; i < typed.Length; i++)
        {
            await Expect(again.Locator($"[data-indicator='{i}']").GetByLabel("Giá trị", new() { Exact = true })).ToHaveValueAsync(typed[i]);
        }

        await again.Context.CloseAsync();
    }

    [Fact]
    public async Task A_session_with_two_co_chairs_lists_both_and_is_found_by_either()
    {
        var title = $"Làm việc với Huyện ủy Trực Ninh về công tác cán bộ {Guid.NewGuid():N}"[..70];
        var page = await NewTrucNinhSessionAsync(title, "24/02/2022", "Công tác cán bộ năm 2022");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Thành phần dự" }).ClickAsync();
        await PickAsync(page, page.GetByLabel("Thêm cán bộ dự", new() { Exact = true }), "pham gia", "Phạm Gia Túc");
        await PickAsync(page, page.GetByLabel("Thêm cán bộ dự", new() { Exact = true }), "doan van", "Đoàn Văn Hùng");
        await ChooseAsync(page, page.Locator("[data-attendee='1']").GetByLabel("Vai trò", new() { Exact = true }), "Chủ trì");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Kết luận" }).ClickAsync();
        await page.GetByText("Đã có kết luận").ClickAsync();
        await page.GetByLabel("Đánh giá, kết luận", new() { Exact = true }).FillAsync("Các đồng chí đồng chủ trì ghi nhận kết quả công tác cán bộ.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm ý kiến chỉ đạo" }).ClickAsync();
        var directive = page.Locator("[data-directive='0']");
        await directive.GetByLabel("Nội dung ý kiến chỉ đạo 1", new() { Exact = true }).FillAsync("Rà soát quy hoạch cán bộ nhiệm kỳ 2025 - 2030.");
        await directive.GetByLabel("Phối hợp (nhóm đơn vị)", new() { Exact = true }).FillAsync("các sở, ngành liên quan");
        await directive.GetByLabel("Sản phẩm đầu ra", new() { Exact = true }).FillAsync("Báo cáo rà soát");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(page.GetByText("các sở, ngành liên quan")).ToBeVisibleAsync();
        await using (var db = await portal.DbAsync())
        {
            var saved = await db.WorkSessions.AsNoTracking()
                .Include(s => s.Conclusion!).ThenInclude(c => c.Directives).ThenInclude(d => d.Tasks).ThenInclude(t => t.CoordinatingUnits)
                .SingleAsync(s => s.Title == title);
            var task = saved.Conclusion!.Directives.Single().Tasks.Single();
            task.CoordinatingGroup.ShouldBe("các sở, ngành liên quan");
            task.CoordinatingUnits.ShouldBeEmpty();
        }

        await page.GotoAsync(portal.Url("/sessions"));
        await page.Locator("main[data-interactive='true']").WaitForAsync();
        await ChooseAsync(page, page.GetByLabel("Đồng chí chủ trì", new() { Exact = true }), "Đoàn Văn Hùng");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Expect(row).ToContainTextAsync("Phạm Gia Túc, Đoàn Văn Hùng");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_session_known_only_by_its_month_with_co_chairs_and_a_group_is_recorded_as_such_and_its_notice_says_so()
    {
        var title = $"Làm việc với Huyện ủy Trực Ninh tháng 01/2015 {Guid.NewGuid():N}"[..70];
        var page = await portal.OpenAsync("/sessions/new");
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync(title);
        await ChooseAsync(page, page.GetByLabel("Nguồn ghi thời gian", new() { Exact = true }), "Chỉ biết tháng");
        await Expect(page.GetByLabel("Ngày làm việc", new() { Exact = true })).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Buổi", new() { Exact = true })).ToHaveCountAsync(0);
        await ChooseAsync(page, page.GetByLabel("Tháng", new() { Exact = true }), "Tháng 1");
        await page.GetByLabel("Năm", new() { Exact = true }).FillAsync("2015");
        await page.GetByLabel("Năm", new() { Exact = true }).PressAsync("Tab");
        await PickAsync(page, page.GetByLabel("Đơn vị làm việc", new() { Exact = true }), "truc ninh", "Huyện ủy Trực Ninh");
        await page.GetByLabel("Nội dung làm việc", new() { Exact = true }).FillAsync("Tình hình thực hiện nhiệm vụ năm 2014");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Thành phần dự" }).ClickAsync();
        await PickAsync(page, page.GetByLabel("Thêm cán bộ dự", new() { Exact = true }), "pham gia", "Phạm Gia Túc");
        await PickAsync(page, page.GetByLabel("Thêm cán bộ dự", new() { Exact = true }), "doan van", "Đoàn Văn Hùng");
        await ChooseAsync(page, page.Locator("[data-attendee='1']").GetByLabel("Vai trò", new() { Exact = true }), "Chủ trì");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm nhóm người dự" }).ClickAsync();
        var group = "lãnh đạo các sở, ban, ngành, đoàn thể của tỉnh và Thường trực Hội đồng nhân dân, Ủy ban nhân dân các huyện có liên quan";
        await page.Locator("[data-attendee='2']").GetByLabel("Mô tả nhóm người dự", new() { Exact = true }).FillAsync(group);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Kết luận" }).ClickAsync();
        await page.GetByText("Đã có kết luận").ClickAsync();
        await page.GetByLabel("Đánh giá, kết luận", new() { Exact = true }).FillAsync("Ghi nhận kết quả năm 2014.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Ngày làm việc" }).Locator("td")).ToHaveTextAsync("Tháng 01 năm 2015");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = group }).Locator("td").First).ToHaveTextAsync($"{group} (nhóm người dự)");

        int id;
        await using (var db = await portal.DbAsync())
        {
            var saved = await db.WorkSessions.AsNoTracking().Include(s => s.Attendances).SingleAsync(s => s.Title == title);
            id = saved.Id;
            (saved.HeldOn, saved.HeldUntil, saved.DatePrecision, saved.DateIsApproximate, saved.StartTime, saved.PartOfDay)
                .ShouldBe((new DateOnly(2015, 1, 1), new DateOnly(2015, 1, 31), DatePrecision.Month, false, (TimeOnly?)null, (PartOfDay?)null));
            saved.Attendances.Select(a => (a.FullName, a.Role, a.IsGroup)).ShouldBe(
                [("Phạm Gia Túc", AttendanceRole.Chair, false), ("Đoàn Văn Hùng", AttendanceRole.Chair, false), (group, AttendanceRole.Attending, true)]);
        }

        // Found by any days of the month it names, and shown as the month.
        await page.GotoAsync(portal.Url("/sessions"));
        await page.Locator("main[data-interactive='true']").WaitForAsync();
        await page.GetByLabel("Từ ngày", new() { Exact = true }).FillAsync("10/01/2015");
        await page.GetByLabel("Từ ngày", new() { Exact = true }).PressAsync("Tab");
        await page.GetByLabel("Đến ngày", new() { Exact = true }).FillAsync("20/01/2015");
        await page.GetByLabel("Đến ngày", new() { Exact = true }).PressAsync("Tab");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Expect(row).ToContainTextAsync("tháng 01/2015");
        await Expect(row).ToContainTextAsync("Phạm Gia Túc, Đoàn Văn Hùng");

        // Opened again, the editor shows the month, not a day.
        await page.GotoAsync(portal.Url($"/sessions/{id}/edit"));
        await page.Locator("main[data-interactive='true']").WaitForAsync();
        await Expect(page.GetByLabel("Năm", new() { Exact = true })).ToHaveValueAsync("2015");
        await Expect(page.GetByLabel("Ngày làm việc", new() { Exact = true })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();

        // The draft notice says the month in its own words and prints it; an opening that gives a day is refused at issue.
        var notice = await NoticeScenario.DraftAsync(portal, id);
        await using (var scope = await portal.ScopeAsAsync(PortalRoles.Leadership))
        {
            var pdf = (await scope.ServiceProvider.GetRequiredService<NoticeFiles>().PdfAsync(notice))!.Content;
            using var document = PdfDocument.Open(pdf);
            var text = string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            text.ShouldContain("Tháng 01 năm 2015, đồng chí Phạm Gia Túc");
            text.ShouldContain("đồng chủ trì buổi làm việc với");
            text.ShouldContain("Cùng dự có lãnh đạo các sở, ban, ngành, đoàn thể của tỉnh");
        }

        await using (var db = await portal.DbAsync())
        {
            var draft = await db.ConclusionNotices.SingleAsync(n => n.Id == notice);
            draft.EditText(draft.Opening.Replace("Tháng 01 năm 2015", "Ngày 12 tháng 01 năm 2015", StringComparison.Ordinal), draft.Summary, draft.Assessment, draft.Closing);
            await db.SaveChangesAsync();
        }

        await using (var scope = await portal.ScopeAsAsync(PortalRoles.Leadership))
        {
            var result = await scope.ServiceProvider.GetRequiredService<NoticeIssuing>().IssueAsync(notice, await NoticeScenario.VersionAsync(portal, notice));
            result.Succeeded.ShouldBeFalse();
            result.Said()[nameof(ConclusionNotice.Opening)].ShouldStartWith("Buổi làm việc chỉ ghi nhận tháng 01 năm 2015");
        }
    }

    [Fact]
    public async Task A_day_given_with_its_part_of_the_day_is_kept_and_a_time_beside_it_is_refused_beside_the_field()
    {
        var title = $"Làm việc với Huyện ủy Trực Ninh chiều 24/02/2022 {Guid.NewGuid():N}"[..70];
        var page = await NewTrucNinhSessionAsync(title, "24/02/2022", "Công tác chuyển đổi số");
        await page.GetByLabel("Giờ bắt đầu", new() { Exact = true }).FillAsync("14:00");
        await page.GetByLabel("Giờ bắt đầu", new() { Exact = true }).PressAsync("Tab");
        await ChooseAsync(page, page.GetByLabel("Buổi", new() { Exact = true }), "Chiều");
        var before = await portal.CountSessionsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(page.GetByText("Ghi giờ bắt đầu hoặc buổi (sáng, chiều, tối), không ghi cả hai.")).ToBeVisibleAsync();
        (await portal.CountSessionsAsync()).ShouldBe(before);

        await page.GetByLabel("Giờ bắt đầu", new() { Exact = true }).FillAsync(string.Empty);
        await page.GetByLabel("Giờ bắt đầu", new() { Exact = true }).PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Ngày làm việc" }).Locator("td")).ToHaveTextAsync("Thứ Năm, chiều ngày 24 tháng 02 năm 2022");
        await page.Context.CloseAsync();

        await using var db = await portal.DbAsync();
        var saved = await db.WorkSessions.AsNoTracking().SingleAsync(s => s.Title == title);
        (saved.HeldOn, saved.DatePrecision, saved.StartTime, saved.PartOfDay).ShouldBe((new DateOnly(2022, 2, 24), DatePrecision.Day, (TimeOnly?)null, (PartOfDay?)PartOfDay.Afternoon));
    }

    [Fact]
    public async Task The_office_adds_a_commune_the_register_lacks_from_the_editor_and_an_administrator_finds_it_to_review()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var commune = $"Đảng ủy xã Hải Thử {suffix}";
        var title = $"Làm việc với {commune}";
        var page = await portal.OpenAsync("/sessions/new");
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Ngày làm việc", new() { Exact = true }).FillAsync("15/10/2026");
        await page.GetByLabel("Ngày làm việc", new() { Exact = true }).PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đơn vị chưa có trong danh sách" }).ClickAsync();
        var panel = page.Locator("#new-unit");
        await panel.GetByLabel("Tên đơn vị", new() { Exact = true }).FillAsync(commune);
        await PickAsync(page, panel.GetByLabel("Trực thuộc", new() { Exact = true }), "ninh binh", "Tỉnh ủy Ninh Bình", exact: true);
        await Expect(panel.GetByLabel("Ngày thành lập", new() { Exact = true })).ToHaveValueAsync("15/10/2026");
        await panel.GetByLabel("Ngày thành lập", new() { Exact = true }).FillAsync("01/07/2025");
        await panel.GetByLabel("Ngày thành lập", new() { Exact = true }).PressAsync("Tab");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Thêm và chọn" }).ClickAsync();
        await Expect(page.GetByLabel("Đơn vị làm việc", new() { Exact = true })).ToHaveValueAsync(commune);
        await page.GetByLabel("Nội dung làm việc", new() { Exact = true }).FillAsync("Tình hình hoạt động sau sắp xếp");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await page.Context.CloseAsync();

        await using (var db = await portal.DbAsync())
        {
            var unit = await db.Units.AsNoTracking().Include(u => u.Parent).SingleAsync(u => u.Name == commune);
            (unit.Kind, unit.Parent!.Name, unit.ValidFrom, unit.AwaitsReview).ShouldBe((UnitKind.CommuneCommittee, "Tỉnh ủy Ninh Bình", new DateOnly(2025, 7, 1), true));
            (await db.WorkSessions.SingleAsync(s => s.Title == title)).HostUnitId.ShouldBe(unit.Id);
            (await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(Unit) && a.EntityId == unit.Id.ToString(CultureInfo.InvariantCulture))).UserName.ShouldBe("vanphong");
        }

        // The administrator sees what the office added, and saving it in the register marks it reviewed.
        var admin = await portal.OpenAsync("/units", "admin");
        await admin.GetByLabel("Tìm đơn vị").FillAsync("hai thu " + suffix);
        var row = admin.Locator("tbody tr.mud-table-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Chờ Quản trị xem lại");
        await row.GetByRole(AriaRole.Button, new() { Name = $"Sửa đơn vị {commune}" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(admin.GetByText($"Đã lưu đơn vị {commune}.")).ToBeVisibleAsync();
        await Expect(row).Not.ToContainTextAsync("Chờ Quản trị xem lại");
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task In_the_English_UI_the_editor_and_the_domain_refuse_in_English_beside_the_field()
    {
        var title = $"Session refused in English {Guid.NewGuid():N}"[..50];
        var page = await portal.OpenAsync("/sessions/new");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.Locator("main[data-interactive='true']").WaitForAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync("08/06/2021");
        await page.GetByLabel("Date", new() { Exact = true }).PressAsync("Tab");
        await PickAsync(page, page.GetByLabel("Host unit", new() { Exact = true }), "truc ninh", "Huyện ủy Trực Ninh");
        await page.GetByLabel("Subjects", new() { Exact = true }).FillAsync("Results of 2020");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Conclusion" }).ClickAsync();
        await page.GetByText("The leader concluded").ClickAsync();
        await page.GetByLabel("Assessment", new() { Exact = true }).FillAsync("Good results.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a directive" }).ClickAsync();
        var directive = page.Locator("[data-directive='0']");
        await directive.GetByLabel("Text of directive 1", new() { Exact = true }).FillAsync("Review the cadre plan.");
        await directive.GetByLabel("Deadline", new() { Exact = true }).FillAsync("01/06/2021");
        await directive.GetByLabel("Deadline", new() { Exact = true }).PressAsync("Tab");
        await directive.GetByLabel("Expected output", new() { Exact = true }).FillAsync("Report");
        var before = await portal.CountSessionsAsync();

        // The domain's refusal, said in English beside the deadline.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(directive.GetByText("The deadline cannot be before the session.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Thời hạn không được trước ngày làm việc.")).ToHaveCountAsync(0);

        // The editor's own check, in English too.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Details" }).ClickAsync();
        await ChooseAsync(page, page.GetByLabel("The source gives", new() { Exact = true }), "Month only");
        await Expect(page.GetByLabel("Year", new() { Exact = true })).ToHaveValueAsync("2021"); // carried over from the day typed before
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync(string.Empty);
        await page.GetByLabel("Year", new() { Exact = true }).PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Enter the year of the session, from 1945 to 2200.")).ToBeVisibleAsync();
        (await portal.CountSessionsAsync()).ShouldBe(before);
        await page.Context.CloseAsync();
    }

    /// <summary>The editor of a new session with Huyện ủy Trực Ninh, its details typed and no place given.</summary>
    private async Task<IPage> NewTrucNinhSessionAsync(string title, string day, string subjects)
    {
        var page = await portal.OpenAsync("/sessions/new");
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Ngày làm việc", new() { Exact = true }).FillAsync(day);
        await page.GetByLabel("Ngày làm việc", new() { Exact = true }).PressAsync("Tab");
        await PickAsync(page, page.GetByLabel("Đơn vị làm việc", new() { Exact = true }), "truc ninh", "Huyện ủy Trực Ninh");
        await page.GetByLabel("Nội dung làm việc", new() { Exact = true }).FillAsync(subjects);
        return page;
    }

    private static async Task FigureAsync(IPage page, int index, string name, string value, string unit, string? target)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm chỉ tiêu" }).ClickAsync();
        var row = page.Locator($"[data-indicator='{index}']");
        await row.GetByLabel($"Chỉ tiêu {index + 1}", new() { Exact = true }).FillAsync(name);
        await row.GetByLabel("Giá trị", new() { Exact = true }).FillAsync(value);
        await row.GetByLabel("Đơn vị tính", new() { Exact = true }).FillAsync(unit);
        if (target is not null)
        {
            await row.GetByLabel("Kế hoạch / tổng số", new() { Exact = true }).FillAsync(target);
        }
    }
}
