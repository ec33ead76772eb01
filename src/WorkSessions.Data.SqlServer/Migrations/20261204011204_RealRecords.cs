using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkSessions.Data.SqlServer.Migrations
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
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(300)",
                oldMaxLength: 300);

            migrationBuilder.AddColumn<string>(
                name: "TargetQualifier",
                table: "Indicator",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ValueQualifier",
                table: "Indicator",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoordinatingGroup",
                table: "FollowUpTasks",
                type: "nvarchar(300)",
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
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "nvarchar(300)",
                oldMaxLength: 300,
                oldNullable: true);
        }
    }
}
