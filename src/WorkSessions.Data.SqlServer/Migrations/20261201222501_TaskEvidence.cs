using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkSessions.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TaskEvidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ProgressUpdateId",
                table: "Attachments",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_ProgressUpdateId",
                table: "Attachments",
                column: "ProgressUpdateId");

            migrationBuilder.AddForeignKey(
                name: "FK_Attachments_ProgressUpdate_ProgressUpdateId",
                table: "Attachments",
                column: "ProgressUpdateId",
                principalTable: "ProgressUpdate",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Attachments_ProgressUpdate_ProgressUpdateId",
                table: "Attachments");

            migrationBuilder.DropIndex(
                name: "IX_Attachments_ProgressUpdateId",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "ProgressUpdateId",
                table: "Attachments");
        }
    }
}
