using BenchmarkDotNet.Attributes;
using Cpor.Rules.Benchmarks.Baseline;
using Cpor.Rules.Benchmarks.Data;
using Cpor.Rules.Eligibility;

namespace Cpor.Rules.Benchmarks.Eligibility;

/// <summary>
/// Batch eligibility and arbitration at 10,000 and 100,000 claims of every shape: the engine (tracing off, tracing on,
/// partitioned over 2 cores) against the hand-written baseline. Facts are indexed in setup for both sides (the engine
/// caches its indexes in the <see cref="FactSnapshot"/>, the baseline builds its dictionaries once). 1,000,000 claims
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
        _quiet = CporRuleSet.Create(new CporOptions { Explain = false });
        _traced = CporRuleSet.Create(new CporOptions { Explain = true });
        _quiet.EvaluateBatch(_batch.Claims, _batch.Facts);
    }

    /// <summary>Plain C#: dictionaries and loops.</summary>
    [Benchmark(Baseline = true)]
    public BaselineDecision[] HandWritten() => _baseline.Evaluate(_batch.Claims);

    /// <summary>The engine, tracing off.</summary>
    [Benchmark]
    public BatchResult Engine() => _quiet.EvaluateBatch(_batch.Claims, _batch.Facts);

    /// <summary>The engine, every firing recorded and each decision explained.</summary>
    [Benchmark]
    public BatchResult EngineTraced() => _traced.EvaluateBatch(_batch.Claims, _batch.Facts);

    /// <summary>The engine, claims partitioned by tenant over 2 cores.</summary>
    [Benchmark]
    public BatchResult EngineParallel() => _quiet.EvaluateBatch(_batch.Claims, _batch.Facts, degreeOfParallelism: 2);
}
