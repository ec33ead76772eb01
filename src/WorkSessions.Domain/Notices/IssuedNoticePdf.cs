namespace WorkSessions.Domain.Notices;

/// <summary>
/// The PDF of an issued notice, kept byte for byte as it was issued and served as it is ever after
/// (a later change of fonts or format profile must not alter a signed document). Its own table, so
/// lists of notices never load the file.
/// </summary>
public sealed class IssuedNoticePdf
{
    private IssuedNoticePdf()
    {
        Content = [];
    }

    public IssuedNoticePdf(int conclusionNoticeId, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ConclusionNoticeId = conclusionNoticeId;
        Content = content;
    }

    public int ConclusionNoticeId { get; private set; }

    public byte[] Content { get; private set; }
}
