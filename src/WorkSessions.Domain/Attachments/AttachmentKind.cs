namespace WorkSessions.Domain.Attachments;

/// <summary>What a file is to the session: the unit's report, a photo of the day, or another paper.</summary>
public enum AttachmentKind
{
    UnitReport,
    Photo,
    Other,
}
