using WorkSessions.Domain.Attachments;

namespace WorkSessions.Web.Shared.Files;

/// <summary>A picked file once stored and recognised by its bytes; the save's rows point at it.</summary>
public sealed record KeptFile(string Name, StoredFile Stored, FileFormat Format);
