using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;
using WorkSessions.Web.Localization;

namespace WorkSessions.Web.Infrastructure;

/// <summary>
/// The one answer every save gives when the database cannot take a write for now (locked by
/// another process, read-only, out of disk, the server gone): a message above the form, in the
/// person's language, while the page and what was typed on it stay. Any other error still throws.
/// </summary>
public sealed class DatabaseFaults(IStringLocalizer<SharedResource> localizer, ILogger<DatabaseFaults> logger)
{
    // SQLITE_BUSY, LOCKED, READONLY, IOERR, FULL, CANTOPEN, PROTOCOL: the file is there but cannot be written now.
    private static readonly HashSet<int> SqliteUnavailable = [5, 6, 8, 10, 13, 14, 15];

    // SQL Server: timeout, cannot connect or connection lost, database not online, deadlock victim,
    // and the Azure SQL "busy / not available" family.
    private static readonly HashSet<int> SqlServerUnavailable = [-2, 53, 121, 233, 1205, 4060, 4221, 10053, 10054, 10060, 10928, 10929, 40143, 40197, 40501, 40613, 49918, 49919, 49920];

    /// <summary>Whether the exception, or one it wraps, says the database is unavailable rather than the data wrong.</summary>
    public static bool IsUnavailable(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            switch (x)
            {
                case SqliteException sqlite when SqliteUnavailable.Contains(sqlite.SqliteErrorCode):
                case SqlException sql when sql.Errors.Cast<SqlError>().Any(error => SqlServerUnavailable.Contains(error.Number)):
                case RetryLimitExceededException:
                case TimeoutException:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For a catch filter around a save: true, with the message for the form, when the database is
    /// unavailable; the fault is logged once here, with the action it stopped.
    /// </summary>
    public bool Refuses(Exception e, string action, [NotNullWhen(true)] out FormResult? refusal)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!IsUnavailable(e))
        {
            refusal = null;
            return false;
        }

        logger.LogWarning(e, "The database is unavailable; {Action} was not saved", action);
        refusal = FormResult.Fail(string.Empty, localizer["Database_Unavailable"]);
        return true;
    }
}
