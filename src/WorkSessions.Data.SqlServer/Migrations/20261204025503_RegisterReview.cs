using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkSessions.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RegisterReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AwaitsReview",
                table: "Units",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "AwaitsReview",
                table: "Officials",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AwaitsReview",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "AwaitsReview",
                table: "Officials");
        }
    }
}
