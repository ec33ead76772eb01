namespace WorkSessions.Testing;

/// <summary>Files of the repository itself (the seeds and their source article), found from the test's output folder.</summary>
public static class Repository
{
    public static string File(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(folder.FullName, "WorkSessions.sln")))
            {
                return Path.Combine(folder.FullName, relativePath);
            }
        }

        throw new FileNotFoundException("The repository root (WorkSessions.sln) is not above the test's folder.", relativePath);
    }
}
