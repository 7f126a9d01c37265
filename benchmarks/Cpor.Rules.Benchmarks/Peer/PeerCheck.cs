using Cpor.Rules.Benchmarks.Data;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Benchmarks.Peer;

/// <summary>
/// The peer must do the same work as the engine, or comparing them is worthless: on a generated Mixed batch, the
/// peer's codes equal the engine's on every code the peer implements. Run with <c>--check-peer</c> (CI does); it lives
/// here rather than in the test project so that RulesEngine and its NU1603 stay in the benchmark project.
/// </summary>
public static class PeerCheck
{
    /// <summary>Compares peer and engine; prints the disagreements and returns 0 when there are none.</summary>
    public static int Run(int claims = 2_000)
    {
        var batch = BatchGenerator.Generate(claims, BatchShape.Mixed);
        var engine = CporRuleSet.Default.EvaluateBatch(batch.Claims, batch.Facts, Runs.Quiet);
        var peer = new RulesEnginePeer(batch.Facts).Evaluate(batch.Claims);
        var disagreements = 0;
        for (var i = 0; i < claims; i++)
        {
            if (batch.Claims[i].Lines.Count == 0)
            {
                continue; // the peer evaluates lines; a claim without lines has nothing to give it
            }

            var expected = engine.Decisions[i].Findings.Aggregate(0u, (mask, f) => mask | (1u << f.Code.Value)) & RulesEnginePeer.ImplementedCodes;
            if (peer[i] != expected)
            {
                if (++disagreements <= 10)
                {
                    Console.Error.WriteLine($"{batch.Claims[i].Id}: library {expected:X8}, peer {peer[i]:X8}");
                }
            }
        }

        Console.WriteLine($"peer check: {claims} claims, {disagreements} disagreement(s)");
        return disagreements == 0 ? 0 : 1;
    }
}
