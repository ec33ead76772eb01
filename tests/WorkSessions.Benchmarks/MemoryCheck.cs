using System.Diagnostics;
using WorkSessions.Documents.Notices;

namespace WorkSessions.Benchmarks;

/// <summary>
/// Renders the Trực Ninh PDF 1,000 times and reports the managed heap and the working set after full
/// collections at 100, 500 and 1,000 documents: if anything were kept per document (a cache keyed by
/// document, an undisposed PDFsharp object), the numbers would climb with the count.
/// </summary>
internal static class MemoryCheck
{
    private const int Documents = 1000;
    private static readonly int[] Checkpoints = [100, 500, 1000];

    public static int Run()
    {
        var wording = Samples.TrucNinh();
        Console.WriteLine("documents  managed heap (MiB)  GC heap size (MiB)  working set (MiB)  gen2 collections");
        var heaps = new List<long>();
        for (var n = 1; n <= Documents; n++)
        {
            NoticePdf.Render(wording);
            if (Checkpoints.Contains(n))
            {
                heaps.Add(Report(n));
            }
        }

        // Flat: the heap after 1,000 documents is within 10 % (or 1 MiB) of the heap after 100.
        var growth = heaps[^1] - heaps[0];
        var flat = growth <= Math.Max(heaps[0] / 10, 1 << 20);
        Console.WriteLine($"growth from 100 to {Documents} documents: {growth / 1024.0:F0} KiB: {(flat ? "flat" : "GROWING")}");
        return flat ? 0 : 1;
    }

    private static long Report(int documents)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var managed = GC.GetTotalMemory(forceFullCollection: false);
        var heapSize = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"{documents,9}  {Mib(managed),18:F2}  {Mib(heapSize),18:F2}  {Mib(process.WorkingSet64),17:F1}  {GC.CollectionCount(2),16}");
        return managed;
    }

    private static double Mib(long bytes) => bytes / (1024.0 * 1024.0);
}
