using System.Diagnostics;
using WorkSessions.Documents.Notices;

namespace WorkSessions.Benchmarks;

/// <summary>
/// A fast check without BenchmarkDotNet: 200 timed renders of each sample after a warm-up. The CPU time
/// of the whole process per render is printed too: on a shared machine the wall-clock figures include
/// time spent waiting for a core, the CPU figure does not.
/// </summary>
internal static class QuickCheck
{
    private const int Warmup = 60; // past tiered JIT's 30 calls, so the timed runs see optimised code
    private const int Runs = 200;

    public static int Run()
    {
        Time("PDF, Trực Ninh", Samples.TrucNinh());
        Time("PDF, 40 directives", Samples.Long40());
        return 0;
    }

    private static void Time(string name, NoticeWording wording)
    {
        for (var i = 0; i < Warmup; i++)
        {
            NoticePdf.Render(wording);
        }

        var ms = new double[Runs];
        var bytes = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < Runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            bytes = NoticePdf.Render(wording).Length;
            ms[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / Runs;
        Array.Sort(ms);
        Console.WriteLine($"{name}: {Runs} renders, median {Percentile(ms, 0.50):F2} ms, p95 {Percentile(ms, 0.95):F2} ms, min {ms[0]:F2} ms, max {ms[^1]:F2} ms; CPU {cpu:F2} ms per render; {bytes / 1024.0:F0} KiB each");
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
