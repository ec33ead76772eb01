using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Shared.Files;

namespace WorkSessions.Web.Shared.Forms;

/// <summary>
/// What a write is, for its checks and its trail: the record (<c>"WorkSession/12"</c>), the action
/// in the office's words, and who may do it. <see cref="Reaches"/> asks, before anything is read for
/// writing, whether the person may see the one record the write is about.
/// </summary>
public sealed record WriteRequest(string Subject, string Action, Func<UserAccess, bool> Allowed)
{
    /// <summary>The resource key of "someone saved this after you opened it", in the record's own words.</summary>
    public string StaleKey { get; init; } = "Form_Stale";

    public Func<UserAccess, CancellationToken, Task<bool>>? Reaches { get; init; }

    /// <summary>Files the write keeps; each is stored and checked before the change runs.</summary>
    public IReadOnlyList<IncomingFile> Files { get; init; } = [];

    /// <summary>The field a refused file is shown beside; by default the property of the attachment it fails.</summary>
    public string? FilesField { get; init; }
}
