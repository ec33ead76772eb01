using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkSessions.Domain.Auditing;
using WorkSessions.Domain.Units;

namespace WorkSessions.Data.Tests.Auditing;

/// <summary>The audit trail and soft delete that every save goes through (ChangeRecorder).</summary>
public class ChangeRecorderTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Empty();

    public Task InitializeAsync() => _database.InitializeAsync(seedFolder: null);

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public async Task Creating_a_unit_records_who_created_it_and_when_under_its_real_id()
    {
        var unit = NamDinh.TrucNinh();

        await _database.SaveNewAsync(unit);

        await using var db = await _database.CreateContextAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(Unit));
        unit.Id.ShouldBeGreaterThan(0);
        entry.Action.ShouldBe(AuditAction.Created);
        entry.EntityType.ShouldBe(nameof(Unit));
        entry.EntityId.ShouldBe(IdOf(unit));
        entry.UserName.ShouldBe(TestDatabase.UserName);
        entry.AtUtc.ShouldBe(TestDatabase.StartTime.UtcDateTime);
    }

    [Fact]
    public async Task A_changed_figure_is_recorded_with_its_old_and_new_value_not_masked_like_a_token()
    {
        var session = new WorkSessions.Domain.Sessions.WorkSession("Làm việc", new DateOnly(2021, 6, 8), null, "Trụ sở", WorkSessions.Domain.Sessions.WorkSessionKind.Working, NamDinh.TrucNinh(), "Phòng, chống dịch");
        var figure = session.AttachReport("Báo cáo", "Năm 2021").AddIndicator("Trường hợp F1 đã hoàn thành cách ly tập trung", 223, "người", 224);
        await _database.SaveNewAsync(session);
        await using (var db = await _database.CreateContextAsync())
        {
            var loaded = await db.Set<WorkSessions.Domain.Reports.Indicator>().SingleAsync(i => i.Id == figure.Id);
            loaded.Change(loaded.Name, 224, loaded.UnitOfMeasure, loaded.Target, loaded.Note);
            await db.SaveChangesAsync();
        }

        await using var check = await _database.CreateContextAsync();
        var entry = await check.AuditEntries.SingleAsync(a => a.EntityType == "Indicator" && a.Action == AuditAction.Updated);
        using var changes = JsonDocument.Parse(entry.Changes);
        changes.RootElement.GetProperty("Value").GetProperty("old").GetDecimal().ShouldBe(223);
        changes.RootElement.GetProperty("Value").GetProperty("new").GetDecimal().ShouldBe(224);
    }

    [Fact]
    public async Task A_unit_created_together_with_its_parent_is_recorded_with_the_parents_real_id()
    {
        var province = NamDinh.ProvincialCommittee();
        var district = NamDinh.TrucNinh(province);

        await _database.SaveNewAsync(province, district);

        await using var db = await _database.CreateContextAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(Unit) && a.EntityId == IdOf(district));
        using var changes = JsonDocument.Parse(entry.Changes);
        changes.RootElement.GetProperty(nameof(Unit.ParentId)).GetProperty("new").GetInt32().ShouldBe(province.Id);
    }

    [Fact]
    public async Task Merging_a_unit_into_a_successor_created_in_the_same_save_records_the_successors_real_id()
    {
        var oldTown = new Unit("Đảng ủy thị trấn Cổ Lễ", UnitKind.CommuneCommittee, NamDinh.ProvinceFounded);
        await _database.SaveNewAsync(oldTown);

        // 1 July 2025: the new commune is created and the town merged into it in one go.
        var commune = new Unit("Đảng ủy xã Cổ Lễ", UnitKind.CommuneCommittee, new DateOnly(2025, 7, 1));
        await using (var db = await _database.CreateContextAsync())
        {
            var loaded = await db.Units.SingleAsync(u => u.Id == oldTown.Id);
            db.Units.Add(commune);
            loaded.MergeInto(commune, new DateOnly(2025, 6, 30));
            await db.SaveChangesAsync();
        }

        await using var check = await _database.CreateContextAsync();
        var entry = await check.AuditEntries.SingleAsync(a => a.Action == AuditAction.Updated);
        entry.EntityId.ShouldBe(IdOf(oldTown));
        using var changes = JsonDocument.Parse(entry.Changes);
        var mergedInto = changes.RootElement.GetProperty(nameof(Unit.MergedIntoId));
        mergedInto.GetProperty("old").ValueKind.ShouldBe(JsonValueKind.Null);
        mergedInto.GetProperty("new").GetInt32().ShouldBe(commune.Id);
    }

    [Fact]
    public async Task Updating_a_unit_records_only_what_changed_with_old_and_new_values_in_readable_Vietnamese()
    {
        var unit = new Unit("Huyen uy Truc Ninh", UnitKind.DistrictCommittee, NamDinh.ProvinceFounded, shortName: "Huyện ủy");
        await _database.SaveNewAsync(unit);
        _database.Clock.Advance(TimeSpan.FromHours(2));

        await using (var db = await _database.CreateContextAsync())
        {
            var loaded = await db.Units.SingleAsync(u => u.Id == unit.Id);
            loaded.Rename(NamDinh.TrucNinhName, "Huyện ủy");
            await db.SaveChangesAsync();
        }

        await using var check = await _database.CreateContextAsync();
        var entry = await check.AuditEntries.SingleAsync(a => a.Action == AuditAction.Updated);
        entry.EntityId.ShouldBe(IdOf(unit));
        entry.UserName.ShouldBe(TestDatabase.UserName);
        entry.AtUtc.ShouldBe(TestDatabase.StartTime.AddHours(2).UtcDateTime);
        using var changes = JsonDocument.Parse(entry.Changes);
        changes.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe([nameof(Unit.Name)]);
        changes.RootElement.GetProperty(nameof(Unit.Name)).GetProperty("old").GetString().ShouldBe("Huyen uy Truc Ninh");
        changes.RootElement.GetProperty(nameof(Unit.Name)).GetProperty("new").GetString().ShouldBe(NamDinh.TrucNinhName);
        entry.Changes.ShouldContain($"\"new\":\"{NamDinh.TrucNinhName}\"");
    }

    [Fact]
    public async Task Removing_a_unit_keeps_the_row_marks_it_deleted_hides_it_from_queries_and_records_the_deletion()
    {
        var unit = NamDinh.TrucNinh();
        await _database.SaveNewAsync(unit);
        _database.Clock.Advance(TimeSpan.FromDays(1));

        await using (var db = await _database.CreateContextAsync())
        {
            db.Remove(await db.Units.SingleAsync(u => u.Id == unit.Id));
            await db.SaveChangesAsync();
        }

        (await _database.RowCountsAsync())["Units"].ShouldBe(1);
        await using var check = await _database.CreateContextAsync();
        (await check.Units.AnyAsync(u => u.Id == unit.Id)).ShouldBeFalse();
        var kept = await check.Units.IgnoreQueryFilters().SingleAsync(u => u.Id == unit.Id);
        kept.IsDeleted.ShouldBeTrue();
        kept.DeletedAtUtc.ShouldBe(TestDatabase.StartTime.AddDays(1).UtcDateTime);
        kept.Name.ShouldBe(NamDinh.TrucNinhName);
        var actions = await check.AuditEntries.Where(a => a.EntityType == nameof(Unit) && a.EntityId == IdOf(unit))
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        actions.ShouldBe([AuditAction.Created, AuditAction.Deleted]);
    }

    private static string IdOf(Unit unit) => unit.Id.ToString(CultureInfo.InvariantCulture);
}
