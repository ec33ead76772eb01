using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Common;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Shared.Files;
using WorkSessions.Data.Providers;

namespace WorkSessions.Web.Shared.Forms;

/// <summary>
/// The one write path of the services. A write is checked (who may, on what record), its files are
/// stored and checked by their bytes, then the change runs and is saved in one transaction under the
/// provider's execution strategy, with its audit rows. Whatever goes wrong comes back as a refusal
/// beside its field, and nothing of the write is kept, files included:
/// <list type="bullet">
/// <item>a domain rule refused (<see cref="DomainException"/>, or <see cref="FieldException"/> naming the form's field);</item>
/// <item>the change refused itself (<see cref="Write.Fail"/>: a record gone, a state that forbids it);</item>
/// <item>someone saved the record since the page read it (<see cref="WriteRequest.StaleKey"/>);</item>
/// <item>the database cannot take a write now ("Database_Unavailable", logged once here).</item>
/// </list>
/// A refusal of access (<see cref="Write.Refuse"/>) is recorded in the audit trail after the
/// transaction is gone, and thrown as <see cref="AccessDeniedException"/> for the layout or the
/// endpoint to answer.
/// </summary>
public sealed class Writes(UserScopes scopes, CurrentUser user, SecurityAudit audit, AttachmentStore store, ILogger<Writes> logger)
{
    public const string Unavailable = "Database_Unavailable";

    public async Task<FormResult> RunAsync(WriteRequest request, Func<Write, Task> change, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var result = await RunAsync(request, async w =>
        {
            await change(w);
            return true;
        }, ct);
        return result.Succeeded ? FormResult.Ok : new FormResult(result.Errors);
    }

    public async Task<FormResult<T>> RunAsync<T>(WriteRequest request, Func<Write, Task<T>> change, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(change);
        var access = await audit.RequireAsync(user, request.Allowed, request.Subject, request.Action, ct);
        if (request.Reaches is { } reaches && !await reaches(access, ct))
        {
            // The visibility check has recorded the refusal of a record that exists.
            throw new AccessDeniedException();
        }

        var kept = new List<KeptFile>();
        try
        {
            // Before the transaction: a file of 20 MB arriving from a slow browser must not hold the database.
            foreach (var file in request.Files)
            {
                var check = await store.AcceptAsync(file.Content, ct);
                if (check.Stored is not { } stored)
                {
                    Discard(kept);
                    return FormResult.Fail(request.FilesField ?? check.Field, check.RefusalKey!, file.Name, AttachmentStore.AcceptedFormats).As<T>();
                }

                kept.Add(new KeptFile(file.Name, stored, check.Format));
            }

            await using var scope = scopes.Create();
            var db = scope.ServiceProvider.GetRequiredService<WorkSessionsDbContext>();
            var strategy = db.Database.CreateExecutionStrategy();
            var value = await strategy.ExecuteAsync(async token =>
            {
                // A retried attempt starts again from what the database holds.
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var made = await change(new Write(db, scope.ServiceProvider, access, kept));
                await db.SaveChangesAsync(token);
                await transaction.CommitAsync(token);
                return made;
            }, ct);
            return FormResult.Done(value);
        }
        catch (Exception e) when (Refusal(e, request) is { } refused)
        {
            Discard(kept);
            return refused.As<T>();
        }
        catch (WriteRefusedException e)
        {
            Discard(kept);
            throw await audit.RefuseAsync(access, request.Subject, e.Message, ct);
        }
        catch
        {
            Discard(kept);
            throw;
        }
    }

    private FormResult? Refusal(Exception e, WriteRequest request)
    {
        switch (e)
        {
            case WriteFailedException failed:
                return failed.Result;
            case FieldException { Refusal: { } refusal } field:
                return FormResult.Refused(refusal, field.Field);
            case DomainException refusal:
                return FormResult.Refused(refusal);
            case DbUpdateConcurrencyException:
                return FormResult.Fail(string.Empty, request.StaleKey);
            case var _ when DatabaseFaults.IsUnavailable(e):
                logger.LogWarning(e, "The database is unavailable; {Action} was not saved", request.Action);
                return FormResult.Fail(string.Empty, Unavailable);
            default:
                return null;
        }
    }

    private void Discard(IEnumerable<KeptFile> files)
    {
        foreach (var file in files)
        {
            store.Discard(file.Stored.Name);
        }
    }
}
