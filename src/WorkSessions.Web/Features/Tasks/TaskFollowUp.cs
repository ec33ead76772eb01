using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkSessions.Data;
using WorkSessions.Domain.Attachments;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Features.Access;
using WorkSessions.Web.Features.Account;
using WorkSessions.Web.Features.Attachments;
using WorkSessions.Web.Infrastructure;

namespace WorkSessions.Web.Features.Tasks;

/// <summary>
/// Following one task through to done: the lead unit reports progress (with evidence files),
/// reports it done or asks for more time; office staff confirm or return a completion; leaders
/// decide extensions. Every action is checked here, dated by the office's today, and refused
/// when the task changed since the person opened it.
/// </summary>
public sealed class TaskFollowUp(
    IDbContextFactory<WorkSessionsDbContext> factory,
    AttachmentStore store,
    CurrentUser user,
    SecurityAudit audit,
    TimeProvider clock,
    IOptions<TaskOptions> options,
    DatabaseFaults faults)
{
    public const string Stale = "Nhiệm vụ vừa được người khác cập nhật. Trang đã tải lại nội dung mới nhất; hãy xem rồi thực hiện lại.";

    /// <summary>The task with its timeline, or null when it does not exist or is not the person's to see.</summary>
    public async Task<TaskDetails?> GetAsync(int id, CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await TaskQueries.IsVisibleAsync(db, id, access, audit, ct))
        {
            return null;
        }

        var task = await db.FollowUpTasks.AsNoTracking().AsSplitQuery()
            .Include(t => t.LeadUnit)
            .Include(t => t.CoordinatingUnits).ThenInclude(c => c.Unit)
            .Include(t => t.Updates).ThenInclude(u => u.Evidence)
            .Include(t => t.Extensions)
            .Include(t => t.Reviews)
            .SingleAsync(t => t.Id == id, ct);
        var directive = await db.Directives.AsNoTracking().SingleAsync(d => d.Id == task.DirectiveId, ct);
        var session = await (
            from c in db.Set<Conclusion>()
            join s in db.WorkSessions on c.WorkSessionId equals s.Id
            where c.Id == directive.ConclusionId
            select new
            {
                s.Id,
                s.Title,
                s.HeldOn,
                s.DatePrecision,
                s.DateIsApproximate,
                Chair = string.Join(", ", s.Attendances.Where(a => a.Role == AttendanceRole.Chair).OrderBy(a => a.Order).Select(a => a.FullName)),
            }).SingleAsync(ct);

        var today = clock.Today();
        var pending = task.Extensions.SingleOrDefault(e => e.Status == ExtensionStatus.Pending);
        var open = task.State is TaskState.NotStarted or TaskState.InProgress;
        var actions = new TaskActions(
            Report: open && access.ReportsFor(task.LeadUnitId),
            RequestExtension: open && access.ReportsFor(task.LeadUnitId) && task.CurrentDeadline is not null && pending is null,
            Review: task.State == TaskState.AwaitingConfirmation && access.ReviewsTasks,
            DecideExtension: pending is not null && access.DecidesExtensions);
        return new TaskDetails(
            task.Id,
            task.Version,
            session.Id,
            session.Title,
            SessionDate.Of(session.HeldOn, session.DatePrecision, session.DateIsApproximate),
            directive.Number,
            directive.Text,
            directive.Field,
            task.LeadUnit.Name,
            FollowUpTask.Coordinators(task.CoordinatingUnits.Select(c => c.Unit.Name), task.CoordinatingGroup),
            task.ExpectedOutput,
            task.ReportingSchedule,
            task.AssignedOn,
            task.OriginalDeadline,
            task.CurrentDeadline,
            task.State,
            task.Percent,
            task.PositionOn(today, options.Value.DueSoonDays),
            pending is null ? null : new PendingExtension(pending.Id, pending.RequestedOn, pending.PreviousDeadline, pending.ProposedDeadline, pending.Reason, pending.RequestedBy),
            Timeline(task, session.Chair is { Length: > 0 } chairs ? chairs : session.Title),
            actions);
    }

    /// <summary>The task's version now, to tell a page that somebody else has acted on it.</summary>
    public async Task<int?> CurrentVersionAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.FollowUpTasks.Where(t => t.Id == id).Select(t => (int?)t.Version).SingleOrDefaultAsync(ct);
    }

    public Task<FormResult> ReportProgressAsync(int id, int version, ProgressForm form, IReadOnlyList<IncomingFile> files, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        return ActAsync(id, version, "Báo cáo tiến độ", (a, t) => a.ReportsFor(t.LeadUnitId), files, (task, access, evidence) =>
        {
            if (form.Percent is null)
            {
                throw new DomainException("Nhập tỷ lệ hoàn thành (0 đến 99%).", nameof(ProgressUpdate.Percent));
            }

            task.ReportProgress(clock.Today(), form.Narrative ?? string.Empty, form.Percent.Value, access.DisplayName, evidence);
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
            if (form.ProposedDeadline is not { } proposed)
            {
                throw new DomainException("Chọn thời hạn đề nghị.", nameof(DeadlineExtension.ProposedDeadline));
            }

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
                ?? throw new DomainException("Nhiệm vụ không có đề nghị gia hạn nào chờ duyệt.", nameof(DeadlineExtension.Status));
            task.DecideExtension(pending, approve, clock.Today(), access.DisplayName, note);
        }, ct);

    /// <summary>
    /// The shape of every action: the person must see the task and be allowed this action on it;
    /// the task must not have changed since the page read it; the evidence is stored and checked
    /// before the domain acts; one save writes the change and its audit rows, or nothing is kept.
    /// </summary>
    private async Task<FormResult> ActAsync(
        int id,
        int version,
        string action,
        Func<UserAccess, FollowUpTask, bool> allowed,
        IReadOnlyList<IncomingFile> files,
        Action<FollowUpTask, UserAccess, IReadOnlyList<Attachment>> act,
        CancellationToken ct)
    {
        var access = await user.GetAccessAsync();
        if (!access.IsAuthenticated)
        {
            throw await audit.RefuseAsync(access, $"FollowUpTask/{id}", action, ct);
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await TaskQueries.IsVisibleAsync(db, id, access, audit, ct))
        {
            // Another unit's task: the refusal is on record already; a task that does not exist has nothing to record.
            throw new AccessDeniedException();
        }

        var task = await db.FollowUpTasks.AsSplitQuery()
            .Include(t => t.Updates)
            .Include(t => t.Extensions)
            .Include(t => t.Reviews)
            .SingleAsync(t => t.Id == id, ct);
        if (!allowed(access, task))
        {
            throw await audit.RefuseAsync(access, $"FollowUpTask/{id}", action, ct);
        }

        if (task.Version != version)
        {
            return FormResult.Fail(string.Empty, Stale);
        }

        // Evidence is kept under the task's session; only a report with files needs to know which one.
        var sessionId = files.Count == 0 ? 0 : await db.Directives.Where(d => d.Id == task.DirectiveId)
            .Join(db.Set<Conclusion>(), d => d.ConclusionId, c => c.Id, (d, c) => c.WorkSessionId)
            .SingleAsync(ct);
        var evidence = new List<Attachment>();
        try
        {
            foreach (var file in files)
            {
                var check = await store.AcceptAsync(file.Content, ct);
                if (check.Stored is not { } stored)
                {
                    Discard(evidence);
                    return FormResult.Fail(ProgressForm.EvidenceField, $"{file.Name}: {check.Refusal!.Errors.Values.First()}");
                }

                evidence.Add(new Attachment(sessionId, AttachmentKind.Evidence, file.Name, check.Format, stored.Length, stored.Sha256, stored.Name, clock.GetUtcNow().UtcDateTime));
            }

            act(task, access, evidence);

            // An extension request adds a row but changes no column of the task: the version must move all the same.
            db.ExpectVersion(task, version);
            await db.SaveChangesAsync(ct);
            return FormResult.Ok;
        }
        catch (DomainException e)
        {
            Discard(evidence);
            return FormResult.Fail(e.Field ?? string.Empty, e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            Discard(evidence);
            return FormResult.Fail(string.Empty, Stale);
        }
        catch (Exception e) when (faults.Refuses(e, action, out var unavailable))
        {
            Discard(evidence);
            return unavailable;
        }
        catch
        {
            Discard(evidence);
            throw;
        }
    }

    private void Discard(IEnumerable<Attachment> files)
    {
        foreach (var file in files)
        {
            store.Discard(file.StoredName);
        }
    }

    /// <summary>
    /// The task's events by day. Within a day, reports keep the order they were made in, and each
    /// review sits right after the completion report it answered: the domain allows a review only
    /// of the latest one, so the n-th review answers the n-th completion report.
    /// </summary>
    private static List<TimelineEntry> Timeline(FollowUpTask task, string assignedBy)
    {
        var entries = new List<(TimelineEntry Entry, int Order)>
        {
            (new(task.AssignedOn, TimelineKind.Assigned, assignedBy, null, OutputDocument: task.ExpectedOutput, Deadline: task.OriginalDeadline), -1),
        };
        var updates = task.Updates.OrderBy(u => u.Id).ToList();
        entries.AddRange(updates.Select((u, i) => (new TimelineEntry(
            u.ReportedOn,
            u.ReportsCompletion ? TimelineKind.ReportedDone : TimelineKind.Progress,
            u.ReportedBy,
            u.Narrative,
            u.Percent,
            u.OutputDocument,
            Files: [.. u.Evidence.OrderBy(f => f.Id).Select(f => new EvidenceFile(f.Id, f.FileName, f.Length))]), i * 2)));
        var completions = updates.Select((u, i) => (u, i)).Where(x => x.u.ReportsCompletion).Select(x => x.i).ToList();
        entries.AddRange(task.Reviews.OrderBy(r => r.Id).Select((r, n) => (
            new TimelineEntry(r.ReviewedOn, r.Accepted ? TimelineKind.Confirmed : TimelineKind.Returned, r.ReviewedBy, r.Reason),
            n < completions.Count ? (completions[n] * 2) + 1 : int.MaxValue)));
        foreach (var e in task.Extensions.OrderBy(e => e.Id))
        {
            var order = 1_000_000 + (e.Id * 2);
            entries.Add((new(e.RequestedOn, TimelineKind.ExtensionRequested, e.RequestedBy, e.Reason, Deadline: e.ProposedDeadline), order));
            if (e.DecidedOn is { } decided)
            {
                entries.Add((new(decided, TimelineKind.ExtensionDecided, e.DecidedBy ?? string.Empty, e.DecisionNote, Deadline: e.ProposedDeadline, Decision: e.Status), order + 1));
            }
        }

        return [.. entries.OrderBy(x => x.Entry.On).ThenBy(x => x.Order).Select(x => x.Entry)];
    }
}

/// <summary>A file the person picked, read once while the action runs.</summary>
public sealed record IncomingFile(string Name, Stream Content);

public sealed class ProgressForm
{
    /// <summary>The key of messages about the evidence files.</summary>
    public const string EvidenceField = "Evidence";

    public string? Narrative { get; set; }

    public int? Percent { get; set; }
}

public sealed class CompletionForm
{
    public string? Narrative { get; set; }

    public string? OutputDocument { get; set; }
}

public sealed class ExtensionForm
{
    public DateTime? ProposedDeadline { get; set; }

    public string? Reason { get; set; }
}
