namespace WorkSessions.Domain.Common;

/// <summary>
/// A rule of the domain was broken. The message is Vietnamese because it is shown to the
/// user as it is; <see cref="Field"/> names the input it belongs to, when there is one. A refusal
/// a user can meet while typing also carries a <see cref="Code"/> and its <see cref="Arguments"/>,
/// so that the English UI can say the same in English from its resources ("Refusal_{Code}").
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string message, string? field = null)
        : base(message) => Field = field;

    public DomainException()
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? Field { get; }

    /// <summary>Names the rule ("Required", "DeadlineBeforeSession"); null for refusals only a bug can reach.</summary>
    public string? Code { get; init; }

    /// <summary>What the message names, as values (names, numbers, dates), in the order of the resource's placeholders.</summary>
    public IReadOnlyList<object?> Arguments { get; init; } = [];
}
