using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkSessions.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ConclusionNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ConclusionNotices_IssuerCode_TypeCode_Number",
                table: "ConclusionNotices");

            migrationBuilder.AddColumn<string>(
                name: "Assessment",
                table: "ConclusionNotices",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Closing",
                table: "ConclusionNotices",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "IssuedContent",
                table: "ConclusionNotices",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IssuingBody",
                table: "ConclusionNotices",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NumberingPeriod",
                table: "ConclusionNotices",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Opening",
                table: "ConclusionNotices",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ParentBody",
                table: "ConclusionNotices",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Summary",
                table: "ConclusionNotices",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "IssuedNoticePdfs",
                columns: table => new
                {
                    ConclusionNoticeId = table.Column<int>(type: "int", nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedNoticePdfs", x => x.ConclusionNoticeId);
                    table.ForeignKey(
                        name: "FK_IssuedNoticePdfs_ConclusionNotices_ConclusionNoticeId",
                        column: x => x.ConclusionNoticeId,
                        principalTable: "ConclusionNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NoticeFormatProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Format = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeFormatProfiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NoticeNumberCounters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TypeCode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    IssuerCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Period = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    LastNumber = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeNumberCounters", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConclusionNotices_IssuerCode_TypeCode_NumberingPeriod_Number",
                table: "ConclusionNotices",
                columns: new[] { "IssuerCode", "TypeCode", "NumberingPeriod", "Number" },
                unique: true,
                filter: "\"Number\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeFormatProfiles_EffectiveFrom",
                table: "NoticeFormatProfiles",
                column: "EffectiveFrom");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeNumberCounters_TypeCode_IssuerCode_Period",
                table: "NoticeNumberCounters",
                columns: new[] { "TypeCode", "IssuerCode", "Period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IssuedNoticePdfs");

            migrationBuilder.DropTable(
                name: "NoticeFormatProfiles");

            migrationBuilder.DropTable(
                name: "NoticeNumberCounters");

            migrationBuilder.DropIndex(
                name: "IX_ConclusionNotices_IssuerCode_TypeCode_NumberingPeriod_Number",
                table: "ConclusionNotices");

            migrationBuilder.DropColumn(
                name: "Assessment",
                table: "ConclusionNotices");

            migrationBuilder.DropColumn(
                name: "Closing",
                table: "ConclusionNotices");

            migrationBuilder.DropColumn(
                name: "IssuedContent",
                table: "ConclusionNotices");

            migrationBuilder.DropColumn(
                name: "IssuingBody",
                table: "ConclusionNotices");

            migrationBuilder.DropColumn(
                name: "NumberingPeriod",
                table: "ConclusionNotices");

            migrationBuilder.DropColumn(
                name: "Opening",
                table: "ConclusionNotices");

            migrationBuilder.DropColumn(
                name: "ParentBody",
                table: "ConclusionNotices");

            migrationBuilder.DropColumn(
                name: "Summary",
                table: "ConclusionNotices");

            migrationBuilder.CreateIndex(
                name: "IX_ConclusionNotices_IssuerCode_TypeCode_Number",
                table: "ConclusionNotices",
                columns: new[] { "IssuerCode", "TypeCode", "Number" });
        }
    }
}
