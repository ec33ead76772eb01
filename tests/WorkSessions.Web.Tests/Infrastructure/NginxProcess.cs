using System.Diagnostics;
using System.Globalization;
using System.Text;
using WorkSessions.Testing;

namespace WorkSessions.Web.Tests.Infrastructure;

/// <summary>
/// Debian's nginx in front of two portal nodes, from the repository's own template
/// (src/WorkSessions.Web/deploy/nginx-two-nodes.conf.template, the one two-nodes.sh uses): a
/// foreground child of the test, with its pid, logs and temp files in a folder of its own, on a
/// free loopback port; stopped with SIGTERM.
/// </summary>
public sealed class NginxProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _prefix;

    private NginxProcess(Process process, string prefix, int port)
    {
        _process = process;
        _prefix = prefix;
        Port = port;
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>nginx's error log, for a failing test to show.</summary>
    public string ErrorLog => File.Exists(Path.Combine(_prefix, "error.log")) ? File.ReadAllText(Path.Combine(_prefix, "error.log")) : string.Empty;

    public static async Task<NginxProcess> StartAsync(string prefix, int nodeA, int nodeB)
    {
        Directory.CreateDirectory(Path.Combine(prefix, "temp"));
        var port = PortalProcess.FreePort();
        var template = await File.ReadAllTextAsync(Repository.File("src/WorkSessions.Web/deploy/nginx-two-nodes.conf.template"));
        var config = Path.Combine(prefix, "nginx.conf");
        await File.WriteAllTextAsync(config, new StringBuilder(template)
            .Replace("@PREFIX@", prefix)
            .Replace("@LISTEN@", port.ToString(CultureInfo.InvariantCulture))
            .Replace("@NODE_A@", nodeA.ToString(CultureInfo.InvariantCulture))
            .Replace("@NODE_B@", nodeB.ToString(CultureInfo.InvariantCulture))
            .ToString());

        var start = new ProcessStartInfo("nginx") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", prefix, "-c", config, "-e", Path.Combine(prefix, "error.log") })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var nginx = new NginxProcess(process, prefix, port);
        await nginx.WaitListeningAsync();
        return nginx;
    }

    /// <summary>
    /// nginx writes its pid file once its listening socket is open: the test waits for that file
    /// (or for nginx to exit), not for a port to start answering.
    /// </summary>
    private async Task WaitListeningAsync()
    {
        var pid = Path.Combine(_prefix, "nginx.pid");
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new FileSystemWatcher(_prefix, "nginx.pid") { EnableRaisingEvents = true };
        watcher.Created += (_, _) => written.TrySetResult();
        watcher.Changed += (_, _) => written.TrySetResult();
        if (File.Exists(pid))
        {
            return;
        }

        var exited = _process.WaitForExitAsync();
        try
        {
            if (await Task.WhenAny(written.Task, exited).WaitAsync(TimeSpan.FromSeconds(10)) == exited)
            {
                throw new InvalidOperationException($"nginx exited with code {_process.ExitCode}:\n{ErrorLog}");
            }
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"nginx did not listen on {Port} within 10 s:\n{ErrorLog}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await PortalProcess.TerminateAsync(_process);
        _process.Dispose();
    }
}
