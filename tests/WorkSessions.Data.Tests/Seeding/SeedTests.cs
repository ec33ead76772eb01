using Microsoft.EntityFrameworkCore;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Sessions;

namespace WorkSessions.Data.Tests.Seeding;

/// <summary>What the portal shows in demo mode: seeds/*.json loaded by the initializer into a fresh file.</summary>
public class SeedTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private readonly TestDatabase _database = seeded.Database;

    [Fact]
    public async Task The_seed_holds_the_Truc_Ninh_session_of_8_June_2021_and_the_Co_Le_demo_session()
    {
        await using var db = await _database.CreateContextAsync();

        var sessions = await db.WorkSessions.AsNoTracking().OrderBy(s => s.HeldOn).Select(s => new { s.Title, s.HeldOn }).ToListAsync();

        sessions.Count.ShouldBe(2);
        sessions[0].Title.ShouldContain("Trực Ninh");
        sessions[0].HeldOn.ShouldBe(new DateOnly(2021, 6, 8));
        sessions[1].Title.ShouldContain("Cổ Lễ");
        sessions[1].Title.ShouldStartWith("[Minh họa]");
        sessions[1].HeldOn.ShouldBe(new DateOnly(2026, 10, 15));
    }

    [Fact]
    public async Task The_Truc_Ninh_conclusion_has_ten_directives_numbered_in_order_each_with_one_task_for_the_district_committee()
    {
        await using var db = await _database.CreateContextAsync();

        var conclusionId = await db.WorkSessions.Where(s => s.Title.Contains("Trực Ninh")).Select(s => s.Conclusion!.Id).SingleAsync();
        var directives = await db.Directives.AsNoTracking()
            .Where(d => d.ConclusionId == conclusionId)
            .OrderBy(d => d.Number)
            .Select(d => new { d.Number, d.Field, d.Text, Leads = d.Tasks.Select(t => t.LeadUnit.Name).ToList() })
            .ToListAsync();

        directives.Select(d => d.Number).ShouldBe(Enumerable.Range(1, 10));
        directives.Select(d => d.Field).ShouldBe(
        [
            DirectiveField.PartyBuilding, DirectiveField.InspectionAndSupervision, DirectiveField.PartyBuilding,
            DirectiveField.CultureAndSociety, DirectiveField.Personnel, DirectiveField.EpidemicControl, DirectiveField.Economy,
            DirectiveField.InfrastructureAndInvestment, DirectiveField.AgricultureAndNewRural, DirectiveField.Economy,
        ]);
        directives[0].Text.ShouldStartWith("Tiếp tục tăng cường công tác xây dựng Đảng");
        directives[9].Text.ShouldStartWith("Đẩy mạnh chuyển đổi cơ cấu kinh tế");
        directives.ShouldAllBe(d => d.Leads.Count == 1 && d.Leads[0] == NamDinh.TrucNinhName);
    }

    [Fact]
    public async Task The_Truc_Ninh_report_has_its_five_figures_including_223_of_224_F1_contacts_released()
    {
        await using var db = await _database.CreateContextAsync();

        var session = await db.WorkSessions.AsNoTracking()
            .Include(s => s.Report!).ThenInclude(r => r.Indicators)
            .SingleAsync(s => s.Title.Contains("Trực Ninh"));

        var indicators = session.Report!.Indicators;
        indicators.Count.ShouldBe(5);
        indicators.Select(i => i.Value).ShouldBe([3m, 1m, 2m, 223m, 0m]);
        var released = indicators.Single(i => i.Target is not null);
        released.Name.ShouldBe("Trường hợp F1 đã hoàn thành cách ly tập trung");
        released.Value.ShouldBe(223m);
        released.Target.ShouldBe(224m);
    }

    [Fact]
    public async Task The_chair_of_the_Truc_Ninh_session_is_recorded_with_the_title_he_held_that_day()
    {
        await using var db = await _database.CreateContextAsync();

        var session = await db.WorkSessions.AsNoTracking()
            .Include(s => s.Attendances)
            .SingleAsync(s => s.Title.Contains("Trực Ninh"));

        var chair = session.Attendances.Single(a => a.Role == AttendanceRole.Chair);
        chair.FullName.ShouldBe("Phạm Gia Túc");
        chair.Title.ShouldBe("Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy");
        chair.OfficialId.ShouldNotBeNull();
    }
}
