namespace WorkSessions.Web.Shared.Files;

/// <summary>A file the person picked, read once while the save runs.</summary>
public sealed record IncomingFile(string Name, Stream Content);

/// <summary>A picked file once stored and recognised by its bytes; the save's rows point at it.</summary>
public sealed record KeptFile(string Name, StoredFile Stored, Domain.Attachments.FileFormat Format);
