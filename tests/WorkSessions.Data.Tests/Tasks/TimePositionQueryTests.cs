using Microsoft.EntityFrameworkCore;
using WorkSessions.Data.Tests.Seeding;
using WorkSessions.Domain.Tasks;

namespace WorkSessions.Data.Tests.Tasks;

/// <summary>
/// The time position as SQL computes it (the task list's filter) and as a task computes it in
/// memory are the same rule: on every week from the Trực Ninh session to a year after the Cổ Lễ one,
/// each seeded task is in exactly the SQL filter of the position it has in memory.
/// </summary>
public sealed class TimePositionQueryTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Every_task_is_in_the_SQL_filter_of_the_position_it_has_in_memory_on_every_week_of_five_years()
    {
        await using var db = await seeded.Database.CreateContextAsync();
        var tasks = await db.FollowUpTasks.AsNoTracking().ToListAsync();
        tasks.Count.ShouldBeGreaterThan(10);
        var seen = new HashSet<TimePosition>();

        for (var today = new DateOnly(2021, 6, 1); today <= new DateOnly(2027, 12, 31); today = today.AddDays(7))
        {
            foreach (var position in Enum.GetValues<TimePosition>())
            {
                var inSql = await db.FollowUpTasks.Where(TimePositionRule.Is(position, today, FollowUpTask.DefaultDueSoonDays)).Select(t => t.Id).ToListAsync();
                var inMemory = tasks.Where(t => t.PositionOn(today) == position).Select(t => t.Id).ToList();
                inSql.ShouldBe(inMemory, ignoreOrder: true, customMessage: $"{position} on {today:dd/MM/yyyy}");
                seen.UnionWith(inMemory.Count > 0 ? [position] : []);
            }
        }

        seen.ShouldBe(Enum.GetValues<TimePosition>(), ignoreOrder: true, "the weeks meet every position");
    }
}
