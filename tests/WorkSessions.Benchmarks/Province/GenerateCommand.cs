using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Testing;

namespace WorkSessions.Benchmarks.Province;

/// <summary>
/// <c>generate FILE [SHARE]</c>: a new SQLite file with the migrations, the demo seed and accounts,
/// and a province's twenty years (<see cref="ProvinceScale.Full"/>, or a share of it). Always the
/// same rows for the same share: the history ends on <see cref="AsOf"/>, not on the day it runs.
/// </summary>
internal static class GenerateCommand
{
    public static readonly DateOnly AsOf = new(2026, 12, 1);

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: generate FILE [SHARE]   (SHARE of the full province, 1 by default)");
            return 2;
        }

        var file = Path.GetFullPath(args[1]);
        var share = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1.0;
        foreach (var old in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Delete(old);
        }

        var watch = Stopwatch.StartNew();
        await using var portal = ProvincePortal.Start(file);
        await using var scope = portal.Services.CreateAsyncScope();
        var generator = ActivatorUtilities.CreateInstance<ProvinceGenerator>(scope.ServiceProvider);
        await generator.GenerateAsync(ProvinceScale.Full with { Sessions = (int)Math.Round(ProvinceScale.Full.Sessions * share) }, AsOf);
        Console.WriteLine($"{file}: {new FileInfo(file).Length / 1048576.0:F0} MiB (before checkpoint) in {watch.Elapsed.TotalSeconds:F0} s");
        return 0;
    }
}
