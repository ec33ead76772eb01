namespace WorkSessions.Domain.Notices;

/// <summary>
/// The last number given to a document type of an issuer within a numbering period ("TB", "TU",
/// "2020-2025"). It only ever goes up, inside the transaction that issues the notice, so a number
/// is never reused and never given twice, even when two leaders issue at the same moment.
/// </summary>
public sealed class NoticeNumberCounter
{
    private NoticeNumberCounter()
    {
        TypeCode = string.Empty;
        IssuerCode = string.Empty;
        Period = string.Empty;
    }

    public NoticeNumberCounter(string typeCode, string issuerCode, string period)
    {
        TypeCode = typeCode;
        IssuerCode = issuerCode;
        Period = period;
    }

    public int Id { get; private set; }

    public string TypeCode { get; private set; }

    public string IssuerCode { get; private set; }

    public string Period { get; private set; }

    public int LastNumber { get; private set; }
}
