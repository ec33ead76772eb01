using WorkSessions.Documents.Notices;
using WorkSessions.Domain.Notices;
using WorkSessions.Testing;

namespace WorkSessions.Benchmarks;

/// <summary>The notices every benchmark prints, worded as the portal words them.</summary>
internal static class Samples
{
    /// <summary>The Trực Ninh notice of 8 June 2021: three pages.</summary>
    public static NoticeWording TrucNinh() => new(SampleNotices.TrucNinh(), NoticeFormat.Guidance2018);

    /// <summary>The same notice with 40 directives, flowing over more pages.</summary>
    public static NoticeWording Long40() => new(SampleNotices.Long(40), NoticeFormat.Guidance2018);
}
