using WorkSessions.Domain.Sessions;

namespace WorkSessions.Web.Features.Sessions;

/// <summary>
/// What the session list is narrowed to. A unit includes the units merged into it, so choosing
/// today's Đảng ủy xã Cổ Lễ also lists the sessions held with the former Đảng ủy thị trấn Cổ Lễ.
/// </summary>
public sealed class SessionFilter
{
    public int? UnitId { get; set; }

    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    /// <summary>The official who chaired the session.</summary>
    public int? LeaderId { get; set; }

    public WorkSessionKind? Kind { get; set; }

    public WorkSessionStatus? Status { get; set; }

    public bool IsEmpty => UnitId is null && From is null && To is null && LeaderId is null && Kind is null && Status is null;
}

/// <summary>The choices the filter bar offers: every unit (closed ones marked) and every official who has chaired a session.</summary>
public sealed record SessionFilterChoices(IReadOnlyList<(int Id, string Name, DateOnly? ValidTo)> Units, IReadOnlyList<(int Id, string Name)> Leaders);
