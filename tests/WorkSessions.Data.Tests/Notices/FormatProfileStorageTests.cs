using Microsoft.EntityFrameworkCore;
using WorkSessions.Domain.Notices;

namespace WorkSessions.Data.Tests.Notices;

/// <summary>Format profiles are reference data every database starts with, stored as one JSON value.</summary>
public class FormatProfileStorageTests
{
    [Fact]
    public async Task Every_database_starts_with_the_2018_profile_once_even_without_demo_data()
    {
        await using var database = TestDatabase.Empty();
        await database.InitializeAsync(seedFolder: null);
        await database.RestartAsync();
        await database.InitializeAsync(seedFolder: null);

        await using var db = await database.CreateContextAsync();
        var profile = await db.NoticeFormatProfiles.SingleAsync();
        profile.Name.ShouldBe("Hướng dẫn 36-HD/VPTW ngày 03/4/2018");
        profile.EffectiveFrom.ShouldBe(new DateOnly(2018, 4, 3));
        profile.Format.ShouldBe(NoticeFormat.Guidance2018);
    }

    [Fact]
    public async Task A_changed_measure_is_stored_and_audited_with_its_old_and_new_value()
    {
        await using var database = TestDatabase.Empty();
        await database.InitializeAsync(seedFolder: null);
        await using (var db = await database.CreateContextAsync())
        {
            var profile = await db.NoticeFormatProfiles.SingleAsync();
            profile.Change(profile.Name, profile.EffectiveFrom, profile.Format with { RecipientSeparator = ";", LineSpacing = 19 });
            await db.SaveChangesAsync();
        }

        await using var check = await database.CreateContextAsync();
        (await check.NoticeFormatProfiles.SingleAsync()).Format.ShouldBe(NoticeFormat.Guidance2026);
        var entry = await check.AuditEntries.SingleAsync(a => a.EntityType == nameof(NoticeFormatProfile) && a.Action == Domain.Auditing.AuditAction.Updated);
        entry.Changes.ShouldContain("\"recipientSeparator\":\",\"");
        entry.Changes.ShouldContain("\"recipientSeparator\":\";\"");
    }
}
