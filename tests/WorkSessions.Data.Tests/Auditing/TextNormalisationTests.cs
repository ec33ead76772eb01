using System.Text;
using Microsoft.EntityFrameworkCore;
using WorkSessions.Domain.Units;

namespace WorkSessions.Data.Tests.Auditing;

/// <summary>
/// Vietnamese pasted from Word or a PDF often arrives decomposed (NFD); stored that way it would
/// not match the same words typed on a keyboard. The context stores NFC whatever reaches it.
/// </summary>
public class TextNormalisationTests : IAsyncLifetime
{
    private static readonly string DecomposedTrucNinh = NamDinh.TrucNinhName.Normalize(NormalizationForm.FormD);

    private readonly TestDatabase _database = TestDatabase.Empty();

    public Task InitializeAsync() => _database.InitializeAsync(seedFolder: null);

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public async Task A_new_row_with_decomposed_text_is_stored_and_audited_in_NFC()
    {
        DecomposedTrucNinh.IsNormalized(NormalizationForm.FormC).ShouldBeFalse();
        var unit = new Unit("Tên tạm", UnitKind.DistrictCommittee, NamDinh.ProvinceFounded);

        await using (var db = await _database.CreateContextAsync())
        {
            db.Units.Add(unit);

            // Set past the domain's own cleaning, as an import or a raw property write would.
            db.Entry(unit).Property(u => u.Name).CurrentValue = DecomposedTrucNinh;
            await db.SaveChangesAsync();
        }

        await using var check = await _database.CreateContextAsync();
        var stored = await check.Units.Where(u => u.Id == unit.Id).Select(u => u.Name).SingleAsync();
        stored.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
        stored.ShouldBe(NamDinh.TrucNinhName);
        (await check.AuditEntries.SingleAsync(a => a.EntityType == nameof(Unit))).Changes.ShouldContain(NamDinh.TrucNinhName);
    }

    [Fact]
    public async Task A_changed_row_with_decomposed_text_is_stored_in_NFC()
    {
        var unit = NamDinh.TrucNinh();
        await _database.SaveNewAsync(unit);
        var decomposedShortName = "Ban Thường vụ Huyện ủy".Normalize(NormalizationForm.FormD);

        await using (var db = await _database.CreateContextAsync())
        {
            var loaded = await db.Units.SingleAsync(u => u.Id == unit.Id);
            db.Entry(loaded).Property(u => u.ShortName).CurrentValue = decomposedShortName;
            await db.SaveChangesAsync();
        }

        await using var check = await _database.CreateContextAsync();
        var stored = await check.Units.Where(u => u.Id == unit.Id).Select(u => u.ShortName!).SingleAsync();
        stored.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
        stored.ShouldBe("Ban Thường vụ Huyện ủy");
    }
}
