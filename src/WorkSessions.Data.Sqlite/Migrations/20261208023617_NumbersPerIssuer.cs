using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkSessions.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NumbersPerIssuer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_NoticeNumberCounters_TypeCode_IssuerCode_Period",
                table: "NoticeNumberCounters");

            migrationBuilder.DropIndex(
                name: "IX_ConclusionNotices_IssuerCode_TypeCode_NumberingPeriod_Number",
                table: "ConclusionNotices");

            migrationBuilder.AddColumn<int>(
                name: "IssuingUnitId",
                table: "NoticeNumberCounters",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IssuingUnitId",
                table: "ConclusionNotices",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_NoticeNumberCounters_IssuingUnitId_TypeCode_IssuerCode_Period",
                table: "NoticeNumberCounters",
                columns: new[] { "IssuingUnitId", "TypeCode", "IssuerCode", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConclusionNotices_IssuingUnitId_IssuerCode_TypeCode_NumberingPeriod_Number",
                table: "ConclusionNotices",
                columns: new[] { "IssuingUnitId", "IssuerCode", "TypeCode", "NumberingPeriod", "Number" },
                unique: true,
                filter: "\"Number\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_NoticeNumberCounters_IssuingUnitId_TypeCode_IssuerCode_Period",
                table: "NoticeNumberCounters");

            migrationBuilder.DropIndex(
                name: "IX_ConclusionNotices_IssuingUnitId_IssuerCode_TypeCode_NumberingPeriod_Number",
                table: "ConclusionNotices");

            migrationBuilder.DropColumn(
                name: "IssuingUnitId",
                table: "NoticeNumberCounters");

            migrationBuilder.DropColumn(
                name: "IssuingUnitId",
                table: "ConclusionNotices");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeNumberCounters_TypeCode_IssuerCode_Period",
                table: "NoticeNumberCounters",
                columns: new[] { "TypeCode", "IssuerCode", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConclusionNotices_IssuerCode_TypeCode_NumberingPeriod_Number",
                table: "ConclusionNotices",
                columns: new[] { "IssuerCode", "TypeCode", "NumberingPeriod", "Number" },
                unique: true,
                filter: "\"Number\" IS NOT NULL");
        }
    }
}
