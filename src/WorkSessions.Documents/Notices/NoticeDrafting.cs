using System.Globalization;
using System.Text.Json;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Notices;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Units;

namespace WorkSessions.Documents.Notices;

/// <summary>
/// Writes the first draft of a notice from what was recorded about the session, in the phrasing
/// such notices use, and turns a notice back into printable content. Office staff edit the draft's
/// text before it is issued; the directives always come from the session as recorded.
/// </summary>
public static class NoticeDrafting
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// A new draft for <paramref name="session"/>, issued by <paramref name="committee"/> (the
    /// provincial committee the host unit belongs to). The session must be loaded with its host
    /// unit, attendances, report sections and conclusion with directives, tasks and their units.
    /// </summary>
    public static ConclusionNotice Draft(WorkSession session, Unit committee)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(committee);
        var conclusion = session.Conclusion
            ?? throw new DomainException("Buổi làm việc chưa có kết luận: chưa lập được thông báo.", nameof(WorkSession.Conclusion));
        var chair = session.Chair
            ?? throw new DomainException("Buổi làm việc chưa có người chủ trì: chưa lập được thông báo.", nameof(WorkSession.Chair));

        var position = LastTitle(chair.Title);
        var host = HostName(session);
        var issuer = Issuer.Of(committee);
        var notice = new ConclusionNotice(
            session.Id,
            issuer.Place,
            $"kết luận của đồng chí {position} tại buổi làm việc với {host}",
            SigningAuthority.OnBehalfOf,
            "Ban Thường vụ",
            issuer.WithoutUnit(position),
            chair.FullName,
            Recipients(session, committee, host));
        notice.SetIssuer(issuer.Body, issuer.ParentBody, committee.Id);
        notice.EditText(
            Opening(session, chair, host, position),
            string.Join('\n', session.Report?.Sections.Select(s => s.Body) ?? []),
            $"{conclusion.Assessment}\nĐồng chí {position} đề nghị {host} tập trung lãnh đạo, chỉ đạo thực hiện tốt một số nhiệm vụ trọng tâm sau:",
            $"Ban Thường vụ Tỉnh ủy thông báo để {host} và các cơ quan, đơn vị liên quan biết, thực hiện./.");
        return notice;
    }

    /// <summary>
    /// What the notice prints. An issued notice prints what it was issued with; a draft prints its
    /// own text with the session's directives as they are now.
    /// </summary>
    public static NoticeContent Compose(ConclusionNotice notice, WorkSession session, DateOnly today, string? corrects = null)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(session);
        if (notice.IssuedContent is { } issued)
        {
            return Deserialize(issued);
        }

        return new NoticeContent
        {
            ParentBody = notice.ParentBody,
            IssuingBody = notice.IssuingBody,
            TypeCode = notice.TypeCode,
            IssuerCode = notice.IssuerCode,
            Place = notice.Place,
            Year = today.Year,
            Subject = notice.Subject,
            Corrects = corrects,
            Opening = ConclusionNotice.Paragraphs(notice.Opening),
            Summary = ConclusionNotice.Paragraphs(notice.Summary),
            Assessment = ConclusionNotice.Paragraphs(notice.Assessment),
            Directives = Directives(session),
            Closing = notice.Closing,
            Signature = new NoticeSignature($"{AuthorityPrefix(notice.Authority)} {notice.SigningBody}", notice.SignerPosition, notice.SignerName),
            Recipients = notice.Recipients,
        };
    }

    /// <summary>The content as it is issued: the draft's content with the number and the day.</summary>
    public static NoticeContent AsIssued(NoticeContent draft, int number, DateOnly issuedOn) =>
        draft with { Number = number, IssuedOn = issuedOn, Year = issuedOn.Year };

    public static string Serialize(NoticeContent content) => JsonSerializer.Serialize(content, Json);

    public static NoticeContent Deserialize(string json) =>
        JsonSerializer.Deserialize<NoticeContent>(json, Json) ?? throw new InvalidDataException("Nội dung thông báo đã ban hành bị hỏng.");

    /// <summary>The provincial committee a unit belongs to (walking up its parents), or null.</summary>
    public static Unit? CommitteeOf(Unit unit)
    {
        for (Unit? u = unit; u is not null; u = u.Parent)
        {
            if (u.Kind == UnitKind.ProvincialCommittee)
            {
                return u;
            }
        }

        return null;
    }

    private static string AuthorityPrefix(SigningAuthority authority) => authority switch
    {
        SigningAuthority.DeputyFor => "K/T",
        SigningAuthority.ByAuthorisation => "T/L",
        _ => "T/M",
    };

    /// <summary>
    /// The directives with who must act. The notice is addressed to the host unit: a directive for it
    /// alone names only the deadline, since naming the host on every item would only repeat it. A
    /// directive with a task for another unit names every task's lead unit and deadline, the host's
    /// included ("Thành ủy … chủ trì, thời hạn …; UBND thành phố … chủ trì, thời hạn …").
    /// </summary>
    private static List<NoticeDirective> Directives(WorkSession session) =>
        [.. (session.Conclusion?.Directives ?? []).Select(d =>
        {
            var tasks = d.Tasks.ToList();
            var deadline = tasks.Select(t => t.OriginalDeadline).Where(x => x is not null).Min();
            var others = tasks.Where(t => !IsHost(session, t.LeadUnit)).Select(t => t.LeadUnit.Name).Distinct().ToList();
            if (tasks.Count > 1 && others.Count > 0)
            {
                return new NoticeDirective(d.Number, d.Text, null, null) { Assignments = [.. tasks.Select(t => new NoticeAssignment(t.LeadUnit.Name, t.OriginalDeadline))] };
            }

            return new NoticeDirective(d.Number, d.Text, others.Count == 0 ? null : others[0], deadline);
        })];

    /// <summary>The host unit itself (by id once saved; a unit being drafted in memory has none yet).</summary>
    private static bool IsHost(WorkSession session, Unit unit) =>
        ReferenceEquals(unit, session.HostUnit) || (unit.Id != 0 && unit.Id == session.HostUnitId);

    private static string Opening(WorkSession session, Attendance chair, string host, string position)
    {
        // As far as the source gives it: "Chiều ngày 24 tháng 02 năm 2022", "Tháng 01 năm 2015".
        var day = VietnameseDate.Long(session.Date, session.PartOfDay);
        // Co-chairs (đồng chủ trì) are named together; the first chair gives the conclusion.
        var chairs = session.Attendances.Where(a => a.Role == AttendanceRole.Chair).ToList();
        var chairing = chairs.Count > 1
            ? $"{string.Join(" và ", chairs.Select(Named))} đồng chủ trì buổi làm việc với {host}"
            : $"{Named(chair)} đã làm việc với {host}";
        var lines = new List<string>
        {
            $"{char.ToUpper(day[0], CultureInfo.InvariantCulture)}{day[1..]}, {chairing} về {Sentence(LowerFirst(session.Subjects))}",
        };
        var others = session.Attendances
            .Where(a => !chairs.Contains(a) && a.Side == AttendanceSide.ProvincialDelegation)
            .Select(Named)
            .ToList();
        if (others.Count > 0)
        {
            lines[0] += $" Cùng dự có {Sentence(string.Join("; ", others))}";
        }

        lines.Add($"Sau khi nghe {host} báo cáo và ý kiến của các đồng chí dự buổi làm việc, đồng chí {position} kết luận như sau:");
        return string.Join('\n', lines);
    }

    /// <summary>A person as "đồng chí …, title"; a group as the source words it ("lãnh đạo các sở, ngành của tỉnh").</summary>
    private static string Named(Attendance person) =>
        person.IsGroup ? person.FullName
        : person.Title.Length > 0 ? $"đồng chí {person.FullName}, {person.Title}" : $"đồng chí {person.FullName}";

    /// <summary>The collective body that reported ("Ban Thường vụ Huyện ủy Trực Ninh"), else the host unit.</summary>
    private static string HostName(WorkSession session) =>
        session.Attendances.FirstOrDefault(a => a.Side == AttendanceSide.HostUnit && a.Role == AttendanceRole.Reporting && a.OfficialId is null)?.FullName
        ?? session.HostUnit.Name;

    private static List<string> Recipients(WorkSession session, Unit committee, string host)
    {
        var recipients = new List<string> { host, "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy" };
        var involved = (session.Conclusion?.Directives ?? [])
            .SelectMany(d => d.Tasks)
            .SelectMany(t => t.CoordinatingUnits.Select(c => c.Unit).Prepend(t.LeadUnit))
            .Where(u => u is not null && !IsHost(session, u))
            .Distinct()
            .Select(u => u.ParentId == committee.Id && u.ShortName is { Length: > 0 } shortName ? shortName : u.Name);
        recipients.AddRange(involved.Where(r => !recipients.Contains(r, StringComparer.Ordinal)));
        return recipients;
    }

    /// <summary>"Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy" → "Bí thư Tỉnh ủy".</summary>
    private static string LastTitle(string title)
    {
        var last = title.Split(',').Select(t => t.Trim()).LastOrDefault(t => t.Length > 0);
        return last ?? "Chủ trì buổi làm việc";
    }

    /// <summary>
    /// Ends a sentence built from typed parts with one full stop: a subject typed as
    /// "… năm 2021." must not print "năm 2021..".
    /// </summary>
    private static string Sentence(string text) => text.TrimEnd(' ', '.', ';', ',', ':') + ".";

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLower(text[0], CultureInfo.GetCultureInfo("vi-VN")) + text[1..] : text;
}
