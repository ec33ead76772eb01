using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkSessions.Data.Providers;

/// <summary>
/// Whether a failed save met a database that cannot take a write for now (locked by another process,
/// read-only, out of disk, the server gone) rather than data that is wrong. Each provider says so
/// with its own error numbers; the services answer every such fault with one message and keep what
/// was typed. Any other error is a bug and still throws.
/// </summary>
public static class DatabaseFaults
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
}
