using Microsoft.EntityFrameworkCore;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Officials;

namespace WorkSessions.Data.Tests.Search;

/// <summary>Accent-insensitive search runs in SQL on the stored folded keys, not in memory.</summary>
public class SearchKeyTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Empty();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync(seedFolder: null);
        var province = NamDinh.ProvincialCommittee();
        await _database.SaveNewAsync(
            province,
            NamDinh.TrucNinh(province),
            NamDinh.XuanTruong(province),
            new Official("Nguyễn Thị Thuỷ"),
            new Official("Trần Thị Thu Hà"),
            new Official("Phạm Gia Túc"));
    }

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public async Task A_unit_is_found_by_its_name_typed_without_accents()
    {
        await using var db = await _database.CreateContextAsync();
        var key = VietnameseText.Fold("truc ninh");

        var found = await db.Units.Where(u => u.SearchKey.Contains(key)).Select(u => u.Name).ToListAsync();

        found.ShouldBe([NamDinh.TrucNinhName]);
    }

    [Fact]
    public async Task An_official_is_found_whichever_vowel_carries_the_tone_mark()
    {
        await using var db = await _database.CreateContextAsync();
        var key = VietnameseText.Fold("Thủy");

        var found = await db.Officials.Where(o => o.SearchKey.Contains(key)).Select(o => o.FullName).ToListAsync();

        found.ShouldBe(["Nguyễn Thị Thuỷ"]);
    }
}
