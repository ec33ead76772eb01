namespace WorkSessions.Documents.Notices;

/// <summary>Measures the guidance leaves open, shared by the HTML preview and the DOCX so they agree.</summary>
internal static class NoticeMeasures
{
    /// <summary>
    /// The short centred rule under the subject, in millimetres. The guidance only says "short";
    /// 30 mm is about a third of the subject line, as on the office's printed notices.
    /// </summary>
    public const double SubjectRuleLength = 30;
}
