using BenchmarkDotNet.Running;
using WorkSessions.Benchmarks;
using WorkSessions.Benchmarks.Province;

// "quick" and "memory" are plain loops for a fast check, "doc-images" rewrites the notice's pictures
// in docs/images; "generate", "province", "circuits" and "load" write a province's twenty years and
// measure the portal on it (see docs/performance.md); anything else goes to BenchmarkDotNet.
return args.FirstOrDefault() switch
{
    "quick" => QuickCheck.Run(),
    "memory" => MemoryCheck.Run(),
    "doc-images" => DocImages.Run(),
    "generate" => await GenerateCommand.RunAsync(args),
    "province" => await ProvinceTimings.RunAsync(args),
    "circuits" => await CircuitMemory.RunAsync(args),
    "load" => await PageLoad.RunAsync(args),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Samples).Assembly).Run(args, new BenchmarkConfig());
    return 0;
}
