using System.Diagnostics;
using WorkSessions.Documents.Notices;
using WorkSessions.Domain.Notices;

namespace WorkSessions.Documents.Tests.Notices;

/// <summary>
/// Writes docs/images/thong-bao-truc-ninh-N.png, the pictures of the printed notice in the docs, only
/// when WORKSESSIONS_WRITE_DOC_IMAGES=1, so a normal test run never rewrites the docs. 72 dpi keeps
/// each page under 200 KB (pdftoppm writes RGB PNGs; at 80 dpi the text pages reach 220 KB).
/// <c>WORKSESSIONS_WRITE_DOC_IMAGES=1 dotnet test tests/WorkSessions.Documents.Tests --filter NoticeImages</c>
/// </summary>
public class NoticeImages
{
    [Fact]
    public void Write_the_Truc_Ninh_notice_pages_for_the_docs_when_asked()
    {
        if (Environment.GetEnvironmentVariable("WORKSESSIONS_WRITE_DOC_IMAGES") != "1")
        {
            return;
        }

        var images = Path.Combine(RepositoryRoot(), "docs", "images");
        var pdf = Path.Combine(Path.GetTempPath(), $"thong-bao-truc-ninh-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(pdf, NoticePdf.Render(new NoticeWording(SampleNotices.TrucNinh(), NoticeFormat.Guidance2018)));
        try
        {
            using var process = Process.Start("pdftoppm", ["-r", "72", "-png", pdf, Path.Combine(images, "thong-bao-truc-ninh")])!;
            process.WaitForExit();
            process.ExitCode.ShouldBe(0);
        }
        finally
        {
            File.Delete(pdf);
        }

        Directory.GetFiles(images, "thong-bao-truc-ninh-*.png").ShouldAllBe(f => new FileInfo(f).Length < 200_000);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WorkSessions.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("WorkSessions.sln not found above the test binaries.");
    }
}
