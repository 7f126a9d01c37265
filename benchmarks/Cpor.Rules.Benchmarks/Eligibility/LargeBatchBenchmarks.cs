using BenchmarkDotNet.Attributes;
using Cpor.Rules.Benchmarks.Baseline;
using Cpor.Rules.Benchmarks.Data;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Benchmarks.Eligibility;

/// <summary>
/// 1,000,000 Mixed claims: linear scaling (per-claim time against 10,000 in <see cref="BatchEligibilityBenchmarks"/>)
/// and the gain of partitioned parallel evaluation on 2 cores. Mixed only: every shape at this size would take longer
/// than the machine's session allows.
/// </summary>
public class LargeBatchBenchmarks
{
    private GeneratedBatch _batch = null!;
    private HandWrittenEligibility _baseline = null!;
    private CporRuleSet _quiet = null!;

    /// <summary>Claims in the batch.</summary>
    [Params(1_000_000)]
    public int Size { get; set; }

    /// <summary>Generates the batch and warms both sides' indexes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _batch = BatchGenerator.Generate(Size, BatchShape.Mixed);
        _baseline = new HandWrittenEligibility(_batch.Facts);
        _quiet = CporRuleSet.Default;
        _quiet.EvaluateBatch(_batch.Claims, _batch.Facts, Runs.Quiet);
    }

    /// <summary>Plain C#: dictionaries and loops.</summary>
    [Benchmark(Baseline = true)]
    public BaselineDecision[] HandWritten() => _baseline.Evaluate(_batch.Claims);

    /// <summary>The library on NRules, explanations off, one thread.</summary>
    [Benchmark]
    public BatchResult NRules() => _quiet.EvaluateBatch(_batch.Claims, _batch.Facts, Runs.Quiet);

    /// <summary>The library on NRules, sessions (whole tenants) run on 2 threads.</summary>
    [Benchmark]
    public BatchResult NRulesParallel() => _quiet.EvaluateBatch(_batch.Claims, _batch.Facts, Runs.QuietParallel);
}
