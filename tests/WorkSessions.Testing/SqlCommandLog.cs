using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkSessions.Testing;

/// <summary>
/// The SQL commands EF Core runs while the log is open, in the code that opened it and what that
/// code awaits (not the portal's background jobs), read from EF's diagnostic events, so the portal
/// itself is not changed to be watched. A query that grows with the rows it shows (N+1) shows up
/// as a count that grows with the page; <see cref="ExplainAsync"/> asks SQLite how it would run each one.
/// </summary>
public sealed class SqlCommandLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    /// <summary>The log of the current flow: an AsyncLocal flows into what the opener awaits, and nowhere else.</summary>
    private static readonly AsyncLocal<SqlCommandLog?> Opened = new();

    private readonly IDisposable _subscription;
    private readonly ConcurrentQueue<IDisposable> _listeners = [];
    private readonly ConcurrentQueue<SqlCommandRecord> _commands = [];
    private int _count;

    public SqlCommandLog(bool keepCommands = true)
    {
        KeepCommands = keepCommands;
        Opened.Value = this;
        _subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>Off for benchmarks, which only count.</summary>
    public bool KeepCommands { get; }

    public int Count => Volatile.Read(ref _count);

    public IReadOnlyList<SqlCommandRecord> Commands => [.. _commands];

    public void Clear() => _commands.Clear();

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _listeners.Enqueue(value.Subscribe(this));
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != RelationalEventId.CommandExecuted.Name || Opened.Value != this)
        {
            return;
        }

        Interlocked.Increment(ref _count);
        if (KeepCommands && value.Value is CommandExecutedEventData executed)
        {
            _commands.Enqueue(new SqlCommandRecord(
                executed.Command.CommandText,
                [.. executed.Command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value))]));
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    /// <summary>SQLite's plan for a recorded command, one line per step ("SEARCH t USING INDEX …", "SCAN t").</summary>
    public static async Task<IReadOnlyList<string>> ExplainAsync(string databaseFile, SqlCommandRecord command)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
        foreach (var (name, value) in command.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var steps = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }

    public void Dispose()
    {
        _subscription.Dispose();
        while (_listeners.TryDequeue(out var listener))
        {
            listener.Dispose();
        }
    }
}

public sealed record SqlCommandRecord(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);
