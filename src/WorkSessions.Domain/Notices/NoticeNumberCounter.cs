using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Notices;

/// <summary>
/// The last number an issuing committee gave a document type within a numbering period (Tỉnh ủy
/// Nam Định, "TB", "2020-2025"). It only ever goes up, inside the transaction that issues the
/// notice, so a number is never reused and never given twice, even when two leaders issue at the
/// same moment. An office that starts using the portal part-way through a term sets where it goes on
/// (<see cref="ContinueFrom"/>).
/// </summary>
public sealed class NoticeNumberCounter
{
    private NoticeNumberCounter()
    {
        TypeCode = string.Empty;
        IssuerCode = string.Empty;
        Period = string.Empty;
    }

    public NoticeNumberCounter(int? issuingUnitId, string typeCode, string issuerCode, string period)
    {
        IssuingUnitId = issuingUnitId;
        TypeCode = typeCode;
        IssuerCode = issuerCode;
        Period = period;
    }

    public int Id { get; private set; }

    /// <summary>The committee whose numbers these are; null only for drafts made before the portal recorded it.</summary>
    public int? IssuingUnitId { get; private set; }

    public string TypeCode { get; private set; }

    public string IssuerCode { get; private set; }

    public string Period { get; private set; }

    public int LastNumber { get; private set; }

    /// <summary>The number the next notice of this issuer, type and period will take.</summary>
    public int NextNumber => LastNumber + 1;

    /// <summary>
    /// Sets the number the next notice takes, for an office that issued notices before the portal.
    /// It never goes back: a number already given (by the counter, or printed on a notice the office
    /// recorded, <paramref name="highestUsed"/>) is never given again.
    /// </summary>
    public void ContinueFrom(int next, int highestUsed)
    {
        if (next <= 0 || next > 1_000_000)
        {
            throw new DomainException("Số tiếp theo phải là số nguyên dương.", nameof(NextNumber)) { Code = "NextNumberPositive" };
        }

        var used = Math.Max(LastNumber, highestUsed);
        if (next <= used)
        {
            throw new DomainException($"Số {used} đã được dùng: số tiếp theo phải từ {used + 1} trở lên.", nameof(NextNumber)) { Code = "NextNumberUsed", Arguments = [used, used + 1] };
        }

        LastNumber = next - 1;
    }
}
