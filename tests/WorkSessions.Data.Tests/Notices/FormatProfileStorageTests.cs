using Microsoft.EntityFrameworkCore;
using WorkSessions.Domain.Notices;

namespace WorkSessions.Data.Tests.Notices;

/// <summary>Format profiles are reference data every database starts with, stored as one JSON value.</summary>
public class FormatProfileStorageTests
{
    [Fact]
    public async Task Every_database_starts_with_the_2018_profile_in_force_and_the_2026_one_to_check_once_even_without_demo_data()
    {
        await using var database = TestDatabase.Empty();
        await database.InitializeAsync(seedFolder: null);
        await database.RestartAsync();
        await database.InitializeAsync(seedFolder: null);

        await using var db = await database.CreateContextAsync();
        var profiles = await db.NoticeFormatProfiles.OrderBy(p => p.EffectiveFrom).ToListAsync();
        profiles.Count.ShouldBe(2, "each is added once, however often the portal starts");
        profiles[0].ShouldSatisfyAllConditions(
            p => p.Name.ShouldBe("Hướng dẫn 36-HD/VPTW ngày 03/4/2018"),
            p => p.EffectiveFrom.ShouldBe(new DateOnly(2018, 4, 3)),
            p => p.Format.ShouldBe(NoticeFormat.Guidance2018),
            p => p.IsActive.ShouldBeTrue());
        profiles[1].ShouldSatisfyAllConditions(
            p => p.EffectiveFrom.ShouldBe(new DateOnly(2026, 1, 9)),
            p => p.Format.ShouldBe(NoticeFormat.Guidance2026),
            p => p.IsActive.ShouldBeFalse("its measures are to be checked against the rule before it is used"));
        NoticeFormatProfile.InEffectOn(profiles, new DateOnly(2026, 11, 28)).ShouldBe(profiles[0]);
    }

    [Fact]
    public async Task A_changed_measure_is_stored_and_audited_with_its_old_and_new_value()
    {
        await using var database = TestDatabase.Empty();
        await database.InitializeAsync(seedFolder: null);
        await using (var db = await database.CreateContextAsync())
        {
            var profile = await db.NoticeFormatProfiles.SingleAsync(p => p.IsActive);
            profile.Change(profile.Name, profile.EffectiveFrom, profile.Format with { RecipientSeparator = ";", LineSpacing = 19 });
            await db.SaveChangesAsync();
        }

        await using var check = await database.CreateContextAsync();
        (await check.NoticeFormatProfiles.SingleAsync(p => p.IsActive)).Format.ShouldBe(NoticeFormat.Guidance2026);
        var entry = await check.AuditEntries.SingleAsync(a => a.EntityType == nameof(NoticeFormatProfile) && a.Action == Domain.Auditing.AuditAction.Updated);
        entry.Changes.ShouldContain("\"recipientSeparator\":\",\"");
        entry.Changes.ShouldContain("\"recipientSeparator\":\";\"");
    }
}
