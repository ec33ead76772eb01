using BenchmarkDotNet.Attributes;
using WorkSessions.Documents.Notices;

namespace WorkSessions.Benchmarks;

/// <summary>The notice in each format the portal serves, for the two sample notices.</summary>
[MemoryDiagnoser]
public class NoticeBenchmarks
{
    private readonly NoticeWording _trucNinh = Samples.TrucNinh();
    private readonly NoticeWording _long40 = Samples.Long40();

    [Benchmark(Baseline = true, Description = "PDF, Trực Ninh (3 pages)")]
    public byte[] PdfTrucNinh() => NoticePdf.Render(_trucNinh);

    [Benchmark(Description = "PDF, 40 directives")]
    public byte[] PdfLong40() => NoticePdf.Render(_long40);

    [Benchmark(Description = "HTML page, Trực Ninh")]
    public string HtmlTrucNinh() => NoticeHtml.Document(_trucNinh);

    [Benchmark(Description = "DOCX, Trực Ninh")]
    public byte[] DocxTrucNinh() => NoticeDocx.Render(_trucNinh);
}
