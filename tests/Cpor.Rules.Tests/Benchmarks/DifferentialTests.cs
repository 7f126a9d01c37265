using Cpor.Rules.Benchmarks.Baseline;
using Cpor.Rules.Benchmarks.Data;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Tests.Benchmarks;

/// <summary>
/// A benchmark that compares unequal work is worthless: the engine and the hand-written baseline must decide every
/// generated claim alike (outcome, code set, and per line).
/// </summary>
public sealed class DifferentialTests
{
    [Theory]
    [InlineData(BatchShape.Mixed, 10_000)]
    [InlineData(BatchShape.Clean, 10_000)]
    [InlineData(BatchShape.Hostile, 10_000)]
    public void EvaluateBatch_GeneratedBatch_AgreesWithTheHandWrittenBaseline(BatchShape shape, int size)
    {
        var batch = BatchGenerator.Generate(size, shape);
        var engine = CporRuleSet.Default.EvaluateBatch(batch.Claims, batch.Facts, Runs.Quiet);
        var baseline = new HandWrittenEligibility(batch.Facts).Evaluate(batch.Claims);

        var disagreements = new List<string>();
        for (var i = 0; i < size && disagreements.Count < 10; i++)
        {
            var decision = engine.Decisions[i];
            var expected = baseline[i];
            var codes = Mask(decision.Findings);
            var lineOutcomes = decision.Lines.Select(l => l.Outcome).ToArray();
            var lineCodes = decision.Lines.Select(l => Mask(l.Findings)).ToArray();
            if (decision.Kind != expected.Outcome || codes != expected.Codes || !lineOutcomes.SequenceEqual(expected.LineOutcomes) || !lineCodes.SequenceEqual(expected.LineCodes))
            {
                disagreements.Add($"{decision.ClaimId}: engine {decision.Kind.Name} {Names(codes)} vs baseline {expected.Outcome.Name} {Names(expected.Codes)}");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
        Assert.Equal(size, engine.Decisions.Count);
    }

    [Theory]
    [InlineData(BatchShape.Mixed)]
    [InlineData(BatchShape.Hostile)]
    public void EvaluateBatch_TwoThreadsOverManySessions_SameDecisionsAndContestsAsOneThread(BatchShape shape)
    {
        // 10,000 claims make about 40 sessions of whole tenants: the threads take them in any order.
        var batch = BatchGenerator.Generate(10_000, shape);
        var rules = CporRuleSet.Default;

        var sequential = rules.EvaluateBatch(batch.Claims, batch.Facts, Runs.Quiet);
        var parallel = rules.EvaluateBatch(batch.Claims, batch.Facts, Runs.QuietParallel);

        Assert.Equal(sequential.Decisions.Select(Summary), parallel.Decisions.Select(Summary));
        Assert.Equal(sequential.Arbitrations.Select(a => a.ToString()), parallel.Arbitrations.Select(a => a.ToString()));
    }

    [Fact]
    public void Generate_MixedBatch_HasTheDocumentedShape()
    {
        var batch = BatchGenerator.Generate(10_000, BatchShape.Mixed);
        var result = CporRuleSet.Default.EvaluateBatch(batch.Claims, batch.Facts, Runs.Quiet);

        var withFindings = result.Decisions.Count(d => d.Kind != OutcomeKind.Eligible);
        Assert.InRange(withFindings, 2_000, 5_000);           // about a third
        Assert.InRange(result.Arbitrations.Count, 300, 1_500); // about one claim in ten contests a key
    }

    private static string Summary(ClaimDecision decision)
        => $"{decision.ClaimId} {decision.Kind.Name} {string.Join(";", decision.Findings.Select(f => $"{f.Code.Name}@{f.Line?.Index}:{f.Detail}"))} "
            + string.Join(",", decision.Lines.Select(l => $"{l.Outcome.Name}/{l.Key}"));

    // Catalogue rows only (values 0 to 26): EvaluationFault (900) never comes from generated data.
    private static uint Mask(IEnumerable<Finding> findings)
    {
        uint mask = 0;
        foreach (var finding in findings)
        {
            mask |= finding.Code.Value < 32 ? 1u << finding.Code.Value : 1u << 31;
        }

        return mask;
    }

    private static string Names(uint mask)
        => string.Join(",", FindingCode.List.Where(c => c.Value < 32 && (mask & (1u << c.Value)) != 0).OrderBy(c => c.Value).Select(c => c.Name));
}
