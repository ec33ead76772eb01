using Microsoft.EntityFrameworkCore;
using WorkSessions.Documents.Notices;
using WorkSessions.Domain.Notices;
using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Scale;

/// <summary>
/// The draft-text rules on every session shape the portal holds: the seed and a generated province
/// (districts before the 2025 reform, merged communes after, co-chairs, tasks shared by several
/// units). Each concluded session is drafted in memory, as "Lập dự thảo" would, and printed.
/// </summary>
[Collection(ScaleCollection.Name)]
public sealed class GeneratedNoticeTests(PortalFixture portal)
{
    [Fact]
    public async Task Every_seeded_and_generated_session_drafts_a_notice_that_keeps_the_draft_text_rules()
    {
        await GeneratedProvince.EnsureAsync(portal);
        await using var db = await portal.DbAsync();
        await db.Units.IgnoreQueryFilters().LoadAsync();
        var ids = await db.WorkSessions.Where(s => s.Conclusion != null).Select(s => s.Id).ToListAsync();
        ids.Count.ShouldBeGreaterThan(50, "the generated province is there");
        var problems = new List<string>();
        var shared = 0;
        foreach (var id in ids)
        {
            var session = (await WorkSessions.Web.Features.Notices.NoticeContent.LoadSessionAsync(db, id, CancellationToken.None))!;
            if (session.Chair is null || NoticeDrafting.CommitteeOf(session.HostUnit) is not { } committee)
            {
                continue;
            }

            var notice = NoticeDrafting.Draft(session, committee);
            var wording = new NoticeWording(NoticeDrafting.Compose(notice, session, DateOnly.FromDateTime(PortalFixture.Today.Date)), NoticeFormat.Guidance2018);
            var text = string.Join('\n', wording.BodyText());
            Check(problems, id, !text.Contains("..", StringComparison.Ordinal), "'..' in the text");
            Check(problems, id, wording.IssuingBody is "TỈNH ỦY" or "THÀNH ỦY", $"issuing body '{wording.IssuingBody}'");
            Check(problems, id, wording.ParentBody.StartsWith("ĐẢNG BỘ ", StringComparison.Ordinal), $"parent line '{wording.ParentBody}'");
            Check(problems, id, !wording.PositionLine.Contains(wording.IssuingBody, StringComparison.Ordinal), $"position line '{wording.PositionLine}'");
            // The notice prints the directives in the conclusion's order, one line each.
            var directives = session.Conclusion!.Directives.ToList();
            wording.Directives.Count.ShouldBe(directives.Count);
            foreach (var (directive, line) in directives.Zip(wording.Directives).Where(x => x.First.Tasks.Select(t => t.LeadUnitId).Distinct().Count() > 1))
            {
                shared++;
                foreach (var lead in directive.Tasks.Select(t => t.LeadUnit.Name).Distinct())
                {
                    Check(problems, id, line.Detail?.Contains(lead, StringComparison.Ordinal) == true, $"directive {directive.Number} does not name {lead}");
                }
            }
        }

        problems.ShouldBeEmpty();
        shared.ShouldBeGreaterThan(0, "some generated directive is shared by several units");
    }

    private static void Check(List<string> problems, int session, bool holds, string problem)
    {
        if (!holds)
        {
            problems.Add($"session {session}: {problem}");
        }
    }
}
