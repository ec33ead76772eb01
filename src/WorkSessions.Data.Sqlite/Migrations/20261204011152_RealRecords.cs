using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkSessions.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RealRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Place",
                table: "WorkSessions",
                type: "TEXT",
                maxLength: 300,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 300);

            migrationBuilder.AddColumn<string>(
                name: "TargetQualifier",
                table: "Indicator",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ValueQualifier",
                table: "Indicator",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoordinatingGroup",
                table: "FollowUpTasks",
                type: "TEXT",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TargetQualifier",
                table: "Indicator");

            migrationBuilder.DropColumn(
                name: "ValueQualifier",
                table: "Indicator");

            migrationBuilder.DropColumn(
                name: "CoordinatingGroup",
                table: "FollowUpTasks");

            migrationBuilder.AlterColumn<string>(
                name: "Place",
                table: "WorkSessions",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 300,
                oldNullable: true);
        }
    }
}
