using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Sessions;

namespace WorkSessions.Documents.Reading;

/// <summary>What a pasted speech or press article suggests for the session; nothing of it is saved until the user accepts it.</summary>
public sealed record DraftProposal(IReadOnlyList<ProposedAttendee> Attendees, string? Assessment, IReadOnlyList<ProposedDirective> Directives);

/// <summary>
/// Someone the text names ("đồng chí Phạm Gia Túc, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy"),
/// with the title the text gives; <see cref="OfficialId"/> and <see cref="RegisterTitle"/> when the
/// name is in the register.
/// </summary>
public sealed record ProposedAttendee(string FullName, string TitleInText, AttendanceSide Side, AttendanceRole Role, int? OfficialId = null, string? RegisterTitle = null);

/// <summary>One directive as the text words it, with the field its words suggest.</summary>
public sealed record ProposedDirective(string Text, DirectiveField Field);
