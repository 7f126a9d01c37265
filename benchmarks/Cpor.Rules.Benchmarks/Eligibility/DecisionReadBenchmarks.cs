using System.Globalization;
using BenchmarkDotNet.Attributes;
using Cpor.Rules.Benchmarks.Data;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Serialization;

namespace Cpor.Rules.Benchmarks.Eligibility;

/// <summary>
/// What reading the decisions costs after a batch is evaluated. A batch keeps its decisions as columns and makes each
/// <see cref="ClaimDecision"/> when it is first read (and keeps it), so the evaluation benchmarks do not pay for
/// decisions nobody reads; this one shows what a caller pays who reads every decision, or writes the decision document
/// (the writers make decisions without keeping them).
/// </summary>
public class DecisionReadBenchmarks
{
    private GeneratedBatch _batch = null!;
    private CporRuleSet _rules = null!;

    /// <summary>Claims in the batch.</summary>
    [Params(100_000)]
    public int Size { get; set; }

    /// <summary>Generates the batch and warms the rule set.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _batch = BatchGenerator.Generate(Size, BatchShape.Mixed);
        _rules = CporRuleSet.Default;
        _rules.EvaluateBatch(_batch.Claims, _batch.Facts, Runs.Quiet);
    }

    /// <summary>Evaluation only, and the summary (made without decisions).</summary>
    [Benchmark(Baseline = true)]
    public BatchSummary Evaluate() => _rules.EvaluateBatch(_batch.Claims, _batch.Facts, Runs.Quiet).Summary;

    /// <summary>Evaluation, then every decision read: its findings and each line (all made and kept).</summary>
    [Benchmark]
    public int EvaluateAndReadEveryDecision()
    {
        var result = _rules.EvaluateBatch(_batch.Claims, _batch.Facts, Runs.Quiet);
        var read = 0;
        foreach (var decision in result.Decisions)
        {
            read += decision.Findings.Count;
            foreach (var line in decision.Lines)
            {
                read += line.Findings.Count;
            }
        }

        return read;
    }

    /// <summary>Evaluation, then the decision document written (English) to a stream that discards it.</summary>
    [Benchmark]
    public BatchSummary EvaluateAndWriteDocument()
    {
        var result = _rules.EvaluateBatch(_batch.Claims, _batch.Facts, Runs.Quiet);
        DecisionDocumentWriter.Write(result, Stream.Null, CultureInfo.InvariantCulture);
        return result.Summary;
    }
}
