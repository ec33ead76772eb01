using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using WorkSessions.Testing;

namespace WorkSessions.Web.Tests.Infrastructure;

/// <summary>
/// The portal as its own OS process (<c>dotnet WorkSessions.Web.dll</c>, as a server runs it) on a
/// free loopback port, over a SQLite file the test names: for what an in-process host cannot show,
/// a SIGKILL, a restart on the same file, two nodes side by side. Its console is kept, so that a
/// failing test can say what the portal said.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);
    private readonly StringBuilder _log = new();
    private readonly Dictionary<string, string> _settings;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private Process? _process;
    private TaskCompletionSource _lineWritten = NewSignal();

    /// <param name="databaseFile">The SQLite file; created, migrated and seeded on first start.</param>
    /// <param name="folder">A folder of this node's own (attachments, log file).</param>
    /// <param name="settings">Configuration on top, as environment keys ("Accounts__X").</param>
    public PortalProcess(string databaseFile, string folder, IReadOnlyDictionary<string, string>? settings = null)
    {
        DatabaseFile = databaseFile;
        Directory.CreateDirectory(folder);
        _settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__WorkSessions"] = $"Data Source={databaseFile}",
            ["Demo__Enabled"] = "true",
            ["Attachments__Folder"] = Path.Combine(folder, "attachments"),
            ["Accounts__SignInAttemptsPerMinute"] = "10000",
            ["Serilog__WriteTo__1__Args__path"] = Path.Combine(folder, "logs", "portal-.log"),
            ["DOTNET_NOLOGO"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _settings[key] = value;
        }
    }

    public string DatabaseFile { get; }

    public int Port { get; private set; }

    public string BaseUrl => $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Everything the portal wrote to its console since the first start.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>The portal's build output, next to the test's: same configuration, same target framework.</summary>
    public static string WebDll
    {
        get
        {
            // The test runs from tests/WorkSessions.Web.Tests/bin/<Configuration>/<tfm>/.
            var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = tfm.Parent!.Name;
            var dll = Repository.File(Path.Combine("src", "WorkSessions.Web", "bin", configuration, tfm.Name, "WorkSessions.Web.dll"));
            return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the web project first.", dll);
        }
    }

    /// <summary>Starts the portal (on a new free port unless <paramref name="port"/> is given) and returns once /health says 200.</summary>
    public async Task StartAsync(int? port = null)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("The portal is running already.");
        }

        Port = port ?? FreePort();
        var start = StartInfo("--urls", BaseUrl);
        Append($"--- start on port {Port} ---");
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        // Kestrel says where it listens only after the migrations and the seed: then /health answers at once.
        var marker = $"--- start on port {Port} ---";
        await WaitForLogAsync(log => log[log.LastIndexOf(marker, StringComparison.Ordinal)..].Contains("Now listening on", StringComparison.Ordinal), "Kestrel to listen", StartDeadline);
        await WaitForHealthAsync(HttpStatusCode.OK, StartDeadline);
    }

    /// <summary>Runs the portal's executable with a command ("backup", "restore") and this portal's configuration; returns its exit code and console.</summary>
    public async Task<(int ExitCode, string Output)> RunCommandAsync(params string[] args)
    {
        using var command = Process.Start(StartInfo(args))!;
        var stdout = command.StandardOutput.ReadToEndAsync();
        var stderr = command.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await command.WaitForExitAsync(deadline.Token);
        var output = await stdout + await stderr;
        Append($"--- {string.Join(' ', args)}: exit code {command.ExitCode} ---\n{output}");
        return (command.ExitCode, output);
    }

    /// <summary>The portal's executable with <paramref name="args"/> and this portal's configuration, its output captured.</summary>
    private ProcessStartInfo StartInfo(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(WebDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in _settings)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    /// <summary>What /health answers now (0 when nothing answers).</summary>
    public async Task<HttpStatusCode> HealthAsync()
    {
        try
        {
            using var response = await _http.GetAsync(new Uri(BaseUrl + "/health"));
            return response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return 0;
        }
    }

    /// <summary>Completes when the portal next writes a line to its console, or its output ends.</summary>
    public Task NextLineAsync() => Volatile.Read(ref _lineWritten).Task;

    /// <summary>Waits until the condition on the console holds, checking it again at each line the portal writes.</summary>
    public async Task WaitForLogAsync(Func<string, bool> condition, string what, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var next = NextLineAsync();
            if (condition(Log))
            {
                return;
            }

            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"The portal exited with code {_process.ExitCode} while the test waited for {what}.\n{Log}");
            }

            try
            {
                await next.WaitAsync(deadline - clock.Elapsed);
            }
            catch (Exception e) when (e is TimeoutException or ArgumentOutOfRangeException)
            {
                throw new TimeoutException($"Waited {deadline.TotalSeconds} s for {what}.\n{Log}", e);
            }
        }
    }

    /// <summary>
    /// Asks /health until it answers <paramref name="expected"/>; returns how long that took. No pause
    /// is needed between requests: while the database is locked each answer itself takes the health
    /// check's two-second wait for the write lock, and otherwise the first answer is the awaited one.
    /// </summary>
    public async Task<TimeSpan> WaitForHealthAsync(HttpStatusCode expected, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        var last = (HttpStatusCode)0;
        while (clock.Elapsed < deadline)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"The portal exited with code {_process.ExitCode} while the test waited for /health {(int)expected}.\n{Log}");
            }

            last = await HealthAsync();
            if (last == expected)
            {
                return clock.Elapsed;
            }
        }

        throw new TimeoutException($"/health said {(int)last}, not {(int)expected}, for {deadline.TotalSeconds} s.\n{Log}");
    }

    /// <summary>SIGKILL: the process ends at once, nothing is flushed or disposed, as when a server loses power to the app.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
        Append("--- killed (SIGKILL) ---");
        _process.Dispose();
        _process = null;
    }

    /// <summary>SIGTERM, as systemd stops the service: the host shuts down in order.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        await TerminateAsync(_process);

        Append($"--- stopped (exit code {_process.ExitCode}) ---");
        _process.Dispose();
        _process = null;
    }

    /// <summary>SIGTERM to one process and a wait for it to end (SIGKILL after 20 s).</summary>
    public static async Task TerminateAsync(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (process.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _http.Dispose();
    }

    /// <summary>A loopback port nobody listens on now (the system picks it, then it is let go for the portal).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Every line the portal writes (and the end of its output) wakes those waiting for its log.</summary>
    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }

        Interlocked.Exchange(ref _lineWritten, NewSignal()).TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
