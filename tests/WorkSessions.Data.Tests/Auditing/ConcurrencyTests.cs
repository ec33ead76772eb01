using Microsoft.EntityFrameworkCore;
using WorkSessions.Domain.Auditing;

namespace WorkSessions.Data.Tests.Auditing;

/// <summary>Two people editing the same record: the later save from a stale copy must not overwrite the first.</summary>
public class ConcurrencyTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Empty();

    public Task InitializeAsync() => _database.InitializeAsync(seedFolder: null);

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public async Task A_save_from_a_stale_copy_is_refused_and_the_first_rename_stands()
    {
        var unit = NamDinh.TrucNinh();
        await _database.SaveNewAsync(unit);
        await using var first = await _database.CreateContextAsync();
        await using var second = await _database.CreateContextAsync();
        var mine = await first.Units.SingleAsync(u => u.Id == unit.Id);
        var theirs = await second.Units.SingleAsync(u => u.Id == unit.Id);

        mine.Rename("Ban Thường vụ Huyện ủy Trực Ninh", "Ban Thường vụ Huyện ủy");
        await first.SaveChangesAsync();
        theirs.Rename("Đảng bộ huyện Trực Ninh", "Đảng bộ huyện");

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = await _database.CreateContextAsync();
        var stored = await check.Units.SingleAsync(u => u.Id == unit.Id);
        stored.Name.ShouldBe("Ban Thường vụ Huyện ủy Trực Ninh");
        stored.Version.ShouldBe(1);
        (await check.AuditEntries.CountAsync(a => a.Action == AuditAction.Updated)).ShouldBe(1, "the refused save must leave no audit entry");
    }

    [Fact]
    public async Task Each_save_of_a_change_raises_the_version_by_one()
    {
        var unit = NamDinh.TrucNinh();
        await _database.SaveNewAsync(unit);
        unit.Version.ShouldBe(0);

        await using (var db = await _database.CreateContextAsync())
        {
            var loaded = await db.Units.SingleAsync(u => u.Id == unit.Id);
            loaded.Rename("Ban Thường vụ Huyện ủy Trực Ninh", "Ban Thường vụ Huyện ủy");
            await db.SaveChangesAsync();
            loaded.Version.ShouldBe(1);

            loaded.Rename(NamDinh.TrucNinhName, "Huyện ủy");
            await db.SaveChangesAsync();
            loaded.Version.ShouldBe(2);
        }

        await using var check = await _database.CreateContextAsync();
        (await check.Units.Where(u => u.Id == unit.Id).Select(u => u.Version).SingleAsync()).ShouldBe(2);
    }
}
