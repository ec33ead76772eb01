using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkSessions.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SessionDatesAndGroups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "DateIsApproximate",
                table: "WorkSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "DatePrecision",
                table: "WorkSessions",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Day");

            migrationBuilder.AddColumn<DateOnly>(
                name: "HeldUntil",
                table: "WorkSessions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Every session recorded before this migration has its day: it ends the day it starts.
            migrationBuilder.Sql("UPDATE \"WorkSessions\" SET \"HeldUntil\" = \"HeldOn\";");

            migrationBuilder.AddColumn<string>(
                name: "PartOfDay",
                table: "WorkSessions",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AwaitsReview",
                table: "Units",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "AwaitsReview",
                table: "Officials",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsGroup",
                table: "Attendance",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DateIsApproximate",
                table: "WorkSessions");

            migrationBuilder.DropColumn(
                name: "DatePrecision",
                table: "WorkSessions");

            migrationBuilder.DropColumn(
                name: "HeldUntil",
                table: "WorkSessions");

            migrationBuilder.DropColumn(
                name: "PartOfDay",
                table: "WorkSessions");

            migrationBuilder.DropColumn(
                name: "AwaitsReview",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "AwaitsReview",
                table: "Officials");

            migrationBuilder.DropColumn(
                name: "IsGroup",
                table: "Attendance");
        }
    }
}
