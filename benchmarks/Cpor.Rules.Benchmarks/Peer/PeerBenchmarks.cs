using BenchmarkDotNet.Attributes;
using Cpor.Rules.Benchmarks.Data;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Benchmarks.Peer;

/// <summary>
/// The engine against Microsoft RulesEngine 6.0.1 on the same eligibility work (arbitration and duplicates excluded
/// from the peer: they are batch-level). 2,000 Mixed claims: the peer is too slow for larger batches in a session.
/// </summary>
public class PeerBenchmarks
{
    private GeneratedBatch _batch = null!;
    private RulesEnginePeer _peer = null!;
    private CporRuleSet _quiet = null!;

    /// <summary>Claims in the batch.</summary>
    [Params(2_000)]
    public int Size { get; set; }

    /// <summary>Generates the batch and compiles both sides.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _batch = BatchGenerator.Generate(Size, BatchShape.Mixed);
        _peer = new RulesEnginePeer(_batch.Facts);
        _quiet = CporRuleSet.Default;
        _quiet.EvaluateBatch(_batch.Claims, _batch.Facts, Runs.Quiet);
        _peer.Evaluate(_batch.Claims);
    }

    /// <summary>The library on NRules, explanations off (also arbitrating, which the peer does not).</summary>
    [Benchmark(Baseline = true)]
    public BatchResult NRules() => _quiet.EvaluateBatch(_batch.Claims, _batch.Facts, Runs.Quiet);

    /// <summary>RulesEngine: string lambda expressions over pre-joined lines.</summary>
    [Benchmark]
    public uint[] RulesEngine() => _peer.Evaluate(_batch.Claims);
}
