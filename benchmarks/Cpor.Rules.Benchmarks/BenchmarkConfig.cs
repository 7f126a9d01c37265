using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Reports;

namespace Cpor.Rules.Benchmarks;

/// <summary>
/// The one configuration every benchmark runs with: allocations measured, results judged by <c>Ratio</c> and
/// <c>Alloc Ratio</c> against each class's baseline, GitHub Markdown reports (the only results committed). The job
/// (how long to measure) is chosen on the command line: <c>--job short</c> for a quick run, <c>--job dry</c> in CI.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddExporter(MarkdownExporter.GitHub);
        AddColumn(RankColumn.Arabic);
        WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}
