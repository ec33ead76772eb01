namespace WorkSessions.Domain.Attachments;

/// <summary>What a file is to the session: the unit's report, a photo of the day, another paper, or a unit's evidence for a task.</summary>
public enum AttachmentKind
{
    UnitReport,
    Photo,
    Other,

    /// <summary>File minh chứng: sent with a progress or completion report; shown on the task, not in the session's files.</summary>
    Evidence,
}
