using BenchmarkDotNet.Running;
using WorkSessions.Benchmarks;

// "quick" and "memory" are plain loops for a fast check, "doc-images" rewrites the notice's pictures
// in docs/images; anything else goes to BenchmarkDotNet.
return args.FirstOrDefault() switch
{
    "quick" => QuickCheck.Run(),
    "memory" => MemoryCheck.Run(),
    "doc-images" => DocImages.Run(),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Samples).Assembly).Run(args, new BenchmarkConfig());
    return 0;
}
