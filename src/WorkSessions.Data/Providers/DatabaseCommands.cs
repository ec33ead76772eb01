using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace WorkSessions.Data.Providers;

/// <summary>
/// <c>WorkSessions.Web backup &lt;file&gt;</c> and <c>restore &lt;file&gt;</c>, run instead of the portal, with
/// the portal's own configuration (appsettings, environment, command line) to find the database.
/// Both use SQLite's online backup API, page by page through SQLite's locks, never a file copy
/// (a copy taken beside the WAL file can be torn).
/// <list type="bullet">
/// <item>Backup runs while the portal runs and writes: it copies one consistent moment of the database
/// into a single new file (rollback journal, no WAL beside it) and checks it.</item>
/// <item>Restore refuses while any portal (or other program) has the database open: SQLite cannot leave
/// WAL mode then, which is the test. Otherwise it keeps the current file as
/// <c>&lt;database&gt;.before-restore-&lt;time&gt;</c>, copies the backup in and checks the result.</item>
/// </list>
/// </summary>
public static class DatabaseCommands
{
    public const string Backup = "backup";
    public const string Restore = "restore";

    public static bool IsCommand(string[] args) => args is [Backup or Restore, ..];

    /// <summary>Runs the command in <paramref name="args"/>; returns the process's exit code (0 done, 1 usage or failure, 2 refused).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is not [var command, var file, .. var rest] || string.IsNullOrWhiteSpace(file) || file.StartsWith('-'))
        {
            await Console.Error.WriteLineAsync("Cách dùng: WorkSessions.Web backup <tệp sao lưu> | restore <tệp sao lưu> [--ConnectionStrings:WorkSessions=...]");
            return 1;
        }

        var database = await DatabaseFileAsync(rest);
        if (database is null)
        {
            await Console.Error.WriteLineAsync("Sao lưu và khôi phục bằng lệnh này chỉ dành cho SQLite. Với SQL Server, dùng BACKUP DATABASE / RESTORE DATABASE (xem docs/operations.md).");
            return 1;
        }

        file = Path.GetFullPath(file);
        try
        {
            return command == Backup ? BackupTo(database, file) : RestoreFrom(database, file);
        }
        catch (SqliteException e)
        {
            await Console.Error.WriteLineAsync($"Không thực hiện được: {e.Message}");
            return 1;
        }
    }

    private static int BackupTo(string database, string file)
    {
        if (File.Exists(file))
        {
            Console.Error.WriteLine($"Tệp {file} đã có; hãy chọn tên khác (lệnh không ghi đè bản sao lưu cũ).");
            return 1;
        }

        if (!File.Exists(database))
        {
            Console.Error.WriteLine($"Không có cơ sở dữ liệu {database}.");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using (var source = Open(database, SqliteOpenMode.ReadWrite))
        using (var target = Open(file, SqliteOpenMode.ReadWriteCreate))
        {
            source.BackupDatabase(target);

            // The copy keeps the live file's WAL mode; a backup is one self-contained file.
            Execute(target, "PRAGMA journal_mode=DELETE;");
            if (!IsSound(target, out var problem))
            {
                Console.Error.WriteLine($"Bản sao lưu không toàn vẹn: {problem}");
                return 1;
            }
        }

        Console.WriteLine($"Đã sao lưu {database} vào {file} ({new FileInfo(file).Length:N0} byte; integrity_check: ok).");
        return 0;
    }

    private static int RestoreFrom(string database, string file)
    {
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"Không có tệp sao lưu {file}.");
            return 1;
        }

        using var backup = Open(file, SqliteOpenMode.ReadOnly);
        if (!IsSound(backup, out var broken))
        {
            Console.Error.WriteLine($"Tệp sao lưu không toàn vẹn, không khôi phục: {broken}");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        using var target = Open(database, SqliteOpenMode.ReadWriteCreate);
        if (!TakeAlone(target))
        {
            Console.Error.WriteLine($"Cổng thông tin (hoặc chương trình khác) đang mở {database}. Hãy dừng mọi nút web rồi chạy lại lệnh khôi phục.");
            return 2;
        }

        // The database as it was, in case the wrong backup was named.
        string? kept = null;
        if (new FileInfo(database).Length > 0)
        {
            kept = $"{database}.before-restore-{DateTime.UtcNow:yyyyMMdd-HHmmss}";
            using var safety = Open(kept, SqliteOpenMode.ReadWriteCreate);
            target.BackupDatabase(safety);
        }

        backup.BackupDatabase(target);
        if (!IsSound(target, out var problem))
        {
            Console.Error.WriteLine($"Cơ sở dữ liệu sau khôi phục không toàn vẹn: {problem}. Bản trước khi khôi phục: {kept}");
            return 1;
        }

        Console.WriteLine($"Đã khôi phục {database} từ {file} (integrity_check: ok).{(kept is null ? string.Empty : $" Bản trước khi khôi phục: {kept}.")}");
        return 0;
    }

    /// <summary>
    /// Leaving WAL mode needs the only connection to the file: it fails (busy) or stays "wal" while a
    /// portal holds its pooled connections. The portal turns WAL on again when it starts.
    /// </summary>
    private static bool TakeAlone(SqliteConnection target)
    {
        try
        {
            using var command = target.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=DELETE;";
            command.CommandTimeout = 1;
            return string.Equals(command.ExecuteScalar() as string, "delete", StringComparison.OrdinalIgnoreCase);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            return false;
        }
    }

    private static bool IsSound(SqliteConnection connection, out string problem)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        problem = command.ExecuteScalar() as string ?? "không có kết quả";
        return problem == "ok";
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Pooling off: when the command ends, nothing of it keeps the file open.</summary>
    private static SqliteConnection Open(string file, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>The SQLite file the portal would open with this configuration, or null on SQL Server.</summary>
    private static async Task<string?> DatabaseFileAsync(string[] configurationArgs)
    {
        var builder = WebApplication.CreateBuilder(configurationArgs);
        builder.Services.AddWorkSessionsData(builder.Configuration, builder.Environment.ContentRootPath);
        await using var services = builder.Services.BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<WorkSessionsDbContext>>().CreateDbContextAsync();
        return db.Database.IsSqlite() ? new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource : null;
    }
}
