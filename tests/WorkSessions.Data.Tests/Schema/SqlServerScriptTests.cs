using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using SqlServerDesignTimeFactory = WorkSessions.Data.SqlServer.DesignTimeFactory;

namespace WorkSessions.Data.Tests.Schema;

/// <summary>
/// No SQL Server runs here, so the script the DBA will run in production is checked by parsing it
/// as T-SQL (docs/database.md says how the script is produced).
/// </summary>
public class SqlServerScriptTests
{
    [Fact]
    public void The_idempotent_migration_script_parses_as_T_SQL_without_errors()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        // An empty script would parse too: make sure the tables are really in it.
        script.ShouldContain("CREATE TABLE [WorkSessions]");
        script.ShouldContain("CREATE TABLE [FollowUpTasks]");

        using var reader = new StringReader(script);
        new TSql170Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
        errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}").ShouldBeEmpty();
    }
}
