using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkSessions.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ProvinceScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUpTasks_DirectiveId",
                table: "FollowUpTasks");

            migrationBuilder.AddColumn<int>(
                name: "AttentionGroup",
                table: "FollowUpTasks",
                type: "int",
                nullable: false,
                computedColumnSql: "(CASE WHEN State IN ('Done', 'Suspended') THEN 2 ELSE 0 END) + (CASE WHEN CurrentDeadline IS NULL THEN 1 ELSE 0 END)",
                stored: false);

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_AssignedOn_LeadUnitId_State_OriginalDeadline_CurrentDeadline_CompletedOn",
                table: "FollowUpTasks",
                columns: new[] { "AssignedOn", "LeadUnitId", "State", "OriginalDeadline", "CurrentDeadline", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_AttentionGroup_CurrentDeadline_Id",
                table: "FollowUpTasks",
                columns: new[] { "AttentionGroup", "CurrentDeadline", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_DirectiveId_IsDeleted_CurrentDeadline",
                table: "FollowUpTasks",
                columns: new[] { "DirectiveId", "IsDeleted", "CurrentDeadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUpTasks_AssignedOn_LeadUnitId_State_OriginalDeadline_CurrentDeadline_CompletedOn",
                table: "FollowUpTasks");

            migrationBuilder.DropIndex(
                name: "IX_FollowUpTasks_AttentionGroup_CurrentDeadline_Id",
                table: "FollowUpTasks");

            migrationBuilder.DropIndex(
                name: "IX_FollowUpTasks_DirectiveId_IsDeleted_CurrentDeadline",
                table: "FollowUpTasks");

            migrationBuilder.DropColumn(
                name: "AttentionGroup",
                table: "FollowUpTasks");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_DirectiveId",
                table: "FollowUpTasks",
                column: "DirectiveId");
        }
    }
}
