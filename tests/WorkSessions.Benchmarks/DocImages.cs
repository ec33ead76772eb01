using System.Diagnostics;
using WorkSessions.Documents.Notices;
using WorkSessions.Domain.Notices;
using WorkSessions.Testing;

namespace WorkSessions.Benchmarks;

/// <summary>
/// Writes docs/images/thong-bao-truc-ninh-N.png, the pictures of the printed notice in the docs.
/// A command, not a test, so the suite never rewrites the docs. 72 dpi keeps each page under
/// 200 KB (pdftoppm writes RGB PNGs; at 80 dpi the text pages reach 220 KB).
/// <c>dotnet run -c Release --project tests/WorkSessions.Benchmarks -- doc-images</c>
/// </summary>
internal static class DocImages
{
    public static int Run()
    {
        var images = Path.Combine(RepositoryRoot(), "docs", "images");
        var pdf = Path.Combine(Path.GetTempPath(), $"thong-bao-truc-ninh-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(pdf, NoticePdf.Render(new NoticeWording(SampleNotices.TrucNinh(), NoticeFormat.Guidance2018)));
        try
        {
            using var process = Process.Start("pdftoppm", ["-r", "72", "-png", pdf, Path.Combine(images, "thong-bao-truc-ninh")])
                ?? throw new InvalidOperationException("pdftoppm did not start (install poppler-utils).");
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                return process.ExitCode;
            }
        }
        finally
        {
            File.Delete(pdf);
        }

        foreach (var file in Directory.GetFiles(images, "thong-bao-truc-ninh-*.png").Order(StringComparer.Ordinal))
        {
            Console.WriteLine($"{file}: {new FileInfo(file).Length / 1024} KiB");
        }

        return 0;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WorkSessions.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("WorkSessions.sln not found above the program.");
    }
}
