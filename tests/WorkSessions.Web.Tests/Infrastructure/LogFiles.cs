using System.Text;

namespace WorkSessions.Web.Tests.Infrastructure;

public static class LogFiles
{
    /// <summary>Every log file of the folder as written so far; the portal still has them open for writing.</summary>
    public static string Read(string folder) =>
        string.Join('\n', Directory.Exists(folder) ? Directory.GetFiles(folder).Select(ReadShared) : []);

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
