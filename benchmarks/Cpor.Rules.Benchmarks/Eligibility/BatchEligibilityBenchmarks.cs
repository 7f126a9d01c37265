using BenchmarkDotNet.Attributes;
using Cpor.Rules.Benchmarks.Baseline;
using Cpor.Rules.Benchmarks.Data;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Benchmarks.Eligibility;

/// <summary>
/// Batch eligibility and arbitration at 10,000 and 100,000 claims of every shape: the library on NRules (explanations off,
/// on, and on 2 threads) against the hand-written baseline. Facts are indexed in setup for both sides (the library
/// caches its lookups in the <see cref="FactSnapshot"/>, the baseline builds its dictionaries once). 1,000,000 claims
/// run in <see cref="LargeBatchBenchmarks"/> (Mixed only) to keep the run within the machine's time.
/// </summary>
public class BatchEligibilityBenchmarks
{
    private GeneratedBatch _batch = null!;
    private HandWrittenEligibility _baseline = null!;
    private CporRuleSet _quiet = null!;
    private CporRuleSet _traced = null!;

    /// <summary>Claims in the batch.</summary>
    [Params(10_000, 100_000)]
    public int Size { get; set; }

    /// <summary>The mix of claims.</summary>
    [Params(BatchShape.Clean, BatchShape.Mixed, BatchShape.Hostile)]
    public BatchShape Shape { get; set; }

    /// <summary>Generates the batch and warms both sides' indexes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _batch = BatchGenerator.Generate(Size, Shape);
        _baseline = new HandWrittenEligibility(_batch.Facts);
        _quiet = CporRuleSet.Default;
        _traced = CporRuleSet.Default;
        _quiet.EvaluateBatch(_batch.Claims, _batch.Facts, Runs.Quiet);
    }

    /// <summary>Plain C#: dictionaries and loops.</summary>
    [Benchmark(Baseline = true)]
    public BaselineDecision[] HandWritten() => _baseline.Evaluate(_batch.Claims);

    /// <summary>The library on NRules, explanations off, one thread.</summary>
    [Benchmark]
    public BatchResult NRules() => _quiet.EvaluateBatch(_batch.Claims, _batch.Facts, Runs.Quiet);

    /// <summary>The library on NRules, every firing recorded and each decision explained.</summary>
    [Benchmark]
    public BatchResult NRulesExplained() => _traced.EvaluateBatch(_batch.Claims, _batch.Facts);

    /// <summary>The library on NRules, sessions (whole tenants) run on 2 threads.</summary>
    [Benchmark]
    public BatchResult NRulesParallel() => _quiet.EvaluateBatch(_batch.Claims, _batch.Facts, Runs.QuietParallel);
}
