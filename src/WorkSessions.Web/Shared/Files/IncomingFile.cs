namespace WorkSessions.Web.Shared.Files;

/// <summary>A file the person picked, read once while the save runs.</summary>
public sealed record IncomingFile(string Name, Stream Content);
