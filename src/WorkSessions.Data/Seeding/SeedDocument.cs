using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Domain.Units;

namespace WorkSessions.Data.Seeding;

// The shape of the JSON files in seeds/. Units and officials are named by a key that
// later files may refer to; dates are ISO (yyyy-MM-dd).

public sealed record SeedDocument(
    List<SeedUnit>? Units,
    List<SeedOfficial>? Officials,
    List<SeedSession>? Sessions);

public sealed record SeedUnit(string Key, string Name, string? ShortName, UnitKind Kind, string? Parent, DateOnly ValidFrom, DateOnly? ValidTo, string? MergedInto);

public sealed record SeedOfficial(string Key, string FullName, List<SeedPosition> Positions);

public sealed record SeedPosition(string Title, string? Unit, DateOnly From, DateOnly? To, int Rank);

public sealed record SeedSession(
    string Title,
    DateOnly HeldOn,
    TimeOnly? StartTime,
    string Place,
    WorkSessionKind Kind,
    string HostUnit,
    string Subjects,
    string? Notes,
    WorkSessionStatus Status,
    List<SeedAttendance> Attendances,
    SeedReport? Report,
    SeedConclusion? Conclusion);

/// <summary>Either <see cref="Official"/> (a key) or <see cref="Name"/> (a collective body or guest).</summary>
public sealed record SeedAttendance(string? Official, string? Name, string? Title, AttendanceSide Side, AttendanceRole Role);

public sealed record SeedReport(string Title, string PeriodCovered, List<SeedSection> Sections, List<SeedIndicator> Indicators);

public sealed record SeedSection(string Heading, string Body);

public sealed record SeedIndicator(string Name, decimal Value, string UnitOfMeasure, decimal? Target, string? Note);

public sealed record SeedConclusion(string Assessment, List<SeedDirective> Directives);

public sealed record SeedDirective(DirectiveField Field, string Text, List<SeedTask> Tasks);

public sealed record SeedTask(
    string LeadUnit,
    List<string>? CoordinatingUnits,
    DateOnly? Deadline,
    string ExpectedOutput,
    ReportingSchedule ReportingSchedule,
    List<SeedUpdate>? Updates,
    SeedCompletion? Completion,
    SeedExtension? Extension);

public sealed record SeedUpdate(DateOnly On, string Narrative, int Percent, string By);

public sealed record SeedCompletion(DateOnly On, string Narrative, string Output, string By, DateOnly? ConfirmedOn, string? ConfirmedBy);

public sealed record SeedExtension(DateOnly RequestedOn, DateOnly ProposedDeadline, string Reason, string By);
