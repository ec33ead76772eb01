using Microsoft.EntityFrameworkCore;
using WorkSessions.Domain.Attachments;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Shared.Files;
using WorkSessions.Web.Shared.Forms;
using WorkSessions.Domain.Common;

namespace WorkSessions.Web.Features.Tasks;

/// <summary>
/// Following one task through to done: the lead unit reports progress (with evidence files),
/// reports it done or asks for more time; office staff confirm or return a completion; leaders
/// decide extensions. Every action is checked here, dated by the office's today, and refused
/// when the task changed since the person opened it. The page reads the task through <see cref="TaskQueries"/>.
/// </summary>
public sealed class TaskFollowUp(Writes writes, Visibility visibility, TimeProvider clock)
{
    /// <summary>The resource key of "the task changed since you opened it"; the page then reloads it.</summary>
    public const string Stale = "Task_Stale";

    public Task<FormResult> ReportProgressAsync(int id, int version, ProgressForm form, IReadOnlyList<IncomingFile> files, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        return ActAsync(id, version, "Báo cáo tiến độ", (a, t) => a.ReportsFor(t.LeadUnitId), files, (task, access, evidence) =>
        {
            var percent = form.Percent ?? throw Write.Fail(nameof(ProgressUpdate.Percent), "Task_PercentRequired");
            task.ReportProgress(clock.Today(), form.Narrative ?? string.Empty, percent, access.DisplayName, evidence);
        }, ct);
    }

    public Task<FormResult> ReportDoneAsync(int id, int version, CompletionForm form, IReadOnlyList<IncomingFile> files, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        return ActAsync(id, version, "Báo cáo hoàn thành", (a, t) => a.ReportsFor(t.LeadUnitId), files, (task, access, evidence) =>
            task.ReportDone(clock.Today(), form.Narrative ?? string.Empty, form.OutputDocument ?? string.Empty, access.DisplayName, evidence), ct);
    }

    public Task<FormResult> RequestExtensionAsync(int id, int version, ExtensionForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        return ActAsync(id, version, "Đề nghị gia hạn", (a, t) => a.ReportsFor(t.LeadUnitId), [], (task, access, _) =>
        {
            var proposed = form.ProposedDeadline ?? throw Write.Fail(nameof(DeadlineExtension.ProposedDeadline), "Task_ProposedDeadlineRequired");
            task.RequestExtension(clock.Today(), DateOnly.FromDateTime(proposed), form.Reason ?? string.Empty, access.DisplayName);
        }, ct);
    }

    public Task<FormResult> ConfirmAsync(int id, int version, CancellationToken ct = default) =>
        ActAsync(id, version, "Xác nhận hoàn thành", (a, _) => a.ReviewsTasks, [], (task, access, _) => task.Confirm(clock.Today(), access.DisplayName), ct);

    public Task<FormResult> ReturnAsync(int id, int version, string? reason, CancellationToken ct = default) =>
        ActAsync(id, version, "Trả lại nhiệm vụ", (a, _) => a.ReviewsTasks, [], (task, access, _) => task.Return(clock.Today(), access.DisplayName, reason ?? string.Empty), ct);

    public Task<FormResult> DecideExtensionAsync(int id, int version, bool approve, string? note, CancellationToken ct = default) =>
        ActAsync(id, version, approve ? "Đồng ý gia hạn" : "Không đồng ý gia hạn", (a, _) => a.DecidesExtensions, [], (task, access, _) =>
        {
            var pending = task.Extensions.SingleOrDefault(e => e.Status == ExtensionStatus.Pending)
                ?? throw Write.Fail(nameof(DeadlineExtension.Status), "Task_NoPendingExtension");
            task.DecideExtension(pending, approve, clock.Today(), access.DisplayName, note);
        }, ct);

    /// <summary>
    /// The shape of every action: the person must see the task and be allowed this action on it;
    /// the task must not have changed since the page read it; the evidence is stored and checked
    /// before the domain acts. Evidence is kept under the task's session.
    /// </summary>
    private Task<FormResult> ActAsync(
        int id,
        int version,
        string action,
        Func<UserAccess, FollowUpTask, bool> allowed,
        IReadOnlyList<IncomingFile> files,
        Action<FollowUpTask, UserAccess, IReadOnlyList<Attachment>> act,
        CancellationToken ct)
    {
        var request = new WriteRequest($"FollowUpTask/{id}", action, a => a.IsAuthenticated)
        {
            StaleKey = Stale,
            Reaches = (access, token) => visibility.SeesTaskAsync(access, id, token),
            Files = files,
            FilesField = ProgressForm.EvidenceField,
        };
        return writes.RunAsync(request, async w =>
        {
            var task = await w.Db.FollowUpTasks.AsSplitQuery()
                .Include(t => t.Updates)
                .Include(t => t.Extensions)
                .Include(t => t.Reviews)
                .SingleAsync(t => t.Id == id, ct);
            if (!allowed(w.Access, task))
            {
                throw Write.Refuse(action);
            }

            // An extension request adds a row but changes no column of the task: the version must move all the same.
            w.ExpectVersion(task, version);
            var sessionId = w.Files.Count == 0 ? 0 : await w.Db.Directives.Where(d => d.Id == task.DirectiveId)
                .Join(w.Db.Set<Conclusion>(), d => d.ConclusionId, c => c.Id, (d, c) => c.WorkSessionId)
                .SingleAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            act(task, w.Access, [.. w.Files.Select(f => new Attachment(sessionId, AttachmentKind.Evidence, f.Name, f.Format, f.Stored.Length, f.Stored.Sha256, f.Stored.Name, now))]);
        }, ct);
    }
}
