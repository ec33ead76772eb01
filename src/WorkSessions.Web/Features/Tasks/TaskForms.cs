namespace WorkSessions.Web.Features.Tasks;

/// <summary>What a unit reports: how far the task has come, in words and per cent, with evidence files.</summary>
public sealed class ProgressForm
{
    /// <summary>The key of messages about the evidence files.</summary>
    public const string EvidenceField = "Evidence";

    public string? Narrative { get; set; }

    public int? Percent { get; set; }
}

/// <summary>What a unit reports when the task is done: what was done and the document that shows it.</summary>
public sealed class CompletionForm
{
    public string? Narrative { get; set; }

    public string? OutputDocument { get; set; }
}

/// <summary>A unit asks for a later deadline, and says why.</summary>
public sealed class ExtensionForm
{
    public DateTime? ProposedDeadline { get; set; }

    public string? Reason { get; set; }
}
