using System.Globalization;
using System.Text.Json;
using Cpor.Rules.Benchmarks.Data;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cpor.Rules.Tests.Properties;

/// <summary>
/// Cross-cutting invariants of batch evaluation, and agreement with the <see cref="ReferenceOracle"/>. Batches have
/// 1 to 30 claims plus up to 10 rivals; one case costs a few milliseconds (the oracle is quadratic on purpose), so
/// 500 cases per property keep the whole class near 10 s on 2 cores while still drawing every shape many times.
/// A failure prints the seed FsCheck used (replay it with <c>[Property(Replay = "...")]</c>) and the shrunk
/// <see cref="BatchSpec"/>, which rebuilds the batch on its own.
/// </summary>
public sealed class BatchPropertyTests
{

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
    public void EvaluateBatch_RandomBatch_AgreesWithTheReferenceOracle(BatchSpec spec)
    {
        var (claims, facts) = spec.Build();
        var result = CporRuleSet.Default.EvaluateBatch(claims, facts, Runs.Quiet);
        var (expected, contests) = ReferenceOracle.Decide(claims, facts);

        for (var i = 0; i < claims.Count; i++)
        {
            var decision = result.Decisions[i];
            Assert.Equal(expected[i].Outcome, decision.Kind.Name);
            Assert.Equal(expected[i].Codes, Codes(decision.Findings));
            for (var l = 0; l < decision.Lines.Count; l++)
            {
                Assert.Equal(expected[i].Lines[l].Outcome, decision.Lines[l].Outcome.Name);
                Assert.Equal(expected[i].Lines[l].Codes, Codes(decision.Lines[l].Findings));
            }
        }

        Assert.Equal(contests.Count, result.Arbitrations.Count);
        var actual = result.Arbitrations.Select(a => (a.Verdict.Name, Ranks: string.Join(";", a.Ranking.Select(r => $"{Who(r.Contender)}={r.Rank}").Order(StringComparer.Ordinal))))
            .OrderBy(x => x.Ranks, StringComparer.Ordinal);
        var reference = contests.Select(c => (Name: c.Result, Ranks: string.Join(";", c.Ranking.Select(r => $"{r.Who}={r.Rank}").Order(StringComparer.Ordinal))))
            .OrderBy(x => x.Ranks, StringComparer.Ordinal);
        Assert.Equal(reference, actual);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
    public bool EvaluateBatch_AnyBatch_EveryClaimOnceInInputOrder(BatchSpec spec)
    {
        var (claims, facts) = spec.Build();
        var result = CporRuleSet.Default.EvaluateBatch(claims, facts, Runs.Quiet);
        return result.Decisions.Select(d => d.Claim).SequenceEqual(claims) && result.Summary.Claims == claims.Count;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
    public bool EvaluateBatch_ShuffledClaimsAndFacts_SameDecisionPerClaim(BatchSpec spec, int shuffleSeed)
    {
        var (claims, facts) = spec.Build();
        var random = new Random(shuffleSeed);
        var shuffledFacts = FactSnapshot.Create(
            facts.Tenants.OrderBy(_ => random.Next()), facts.Subscriptions.OrderBy(_ => random.Next()),
            facts.Partners.OrderBy(_ => random.Next()), facts.Associations.OrderBy(_ => random.Next()));
        var shuffled = claims.OrderBy(_ => random.Next()).ToList();

        var first = Summaries(CporRuleSet.Default.EvaluateBatch(claims, facts, Runs.Quiet));
        var second = Summaries(CporRuleSet.Default.EvaluateBatch(shuffled, shuffledFacts, Runs.Quiet));
        return first.OrderBy(s => s, StringComparer.Ordinal).SequenceEqual(second.OrderBy(s => s, StringComparer.Ordinal));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
    public bool EvaluateBatch_SmallSessionsOnTwoThreads_EqualsOneSession(BatchSpec spec)
    {
        // Sessions of 3 claims (whole tenants) make even a small batch run many sessions, on two threads.
        var (claims, facts) = spec.Build();
        var one = CporRuleSet.Default.EvaluateBatch(claims, facts, Runs.Quiet);
        var many = CporRuleSet.Default.EvaluateBatch(claims, facts, Runs.Quiet with { SessionSize = 3, DegreeOfParallelism = 2 });
        return Summaries(one).SequenceEqual(Summaries(many))
            && one.Arbitrations.Select(a => a.ToString()).SequenceEqual(many.Arbitrations.Select(a => a.ToString()));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool Evaluate_OneByOne_EqualsTheBatchWhereNoClaimSharesAKey(BatchSpec spec)
    {
        var (claims, facts) = spec.Build();
        var batch = CporRuleSet.Default.EvaluateBatch(claims, facts, Runs.Quiet);
        var shared = batch.Decisions.SelectMany(d => d.Lines).Where(l => l.Key is not null).GroupBy(l => l.Key!.Value).Where(g => g.Select(l => l.Line.Claim).Distinct().Count() > 1).SelectMany(g => g.Select(l => l.Line.Claim)).ToHashSet();
        return batch.Decisions.Where(d => !shared.Contains(d.Claim)).All(d => Summary(CporRuleSet.Default.Evaluate(d.Claim, facts, Runs.Quiet)) == Summary(d));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public bool EvaluateBatch_Explained_EveryFindingComesFromARuleThatFired(BatchSpec spec)
    {
        var (claims, facts) = spec.Build();
        return CporRuleSet.Default.EvaluateBatch(claims, facts).Decisions.All(d => d.Findings.All(f => d.Explanation.Any(e => e.RuleId == f.RuleId)));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool EvaluateBatch_AdvisoriesRemoved_SameOutcomes(BatchSpec spec)
    {
        var (claims, facts) = spec.Build();
        var quiet = FactSnapshot.Create(
            facts.Tenants,
            facts.Subscriptions.Select(s => s.State == SubscriptionState.InGrace ? new Subscription(s.Id, s.TenantId, s.Product, s.IsDynamics, s.Channel, SubscriptionState.Active) : s),
            facts.Partners.Select(p => new Partner(p.Id, p.Account, SolutionArea.List)),
            facts.Associations);
        var advisories = new[] { "PartnerNotEnrolled", "AssociationOnly", "SubscriptionInGrace" };
        var before = CporRuleSet.Default.EvaluateBatch(claims, facts, Runs.Quiet).Decisions;
        var after = CporRuleSet.Default.EvaluateBatch(claims, quiet, Runs.Quiet).Decisions;
        return before.Zip(after).All(p => p.First.Kind == p.Second.Kind
            && Codes(p.First.Findings).Except(advisories).SequenceEqual(Codes(p.Second.Findings).Except(advisories)));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public bool Write_DecisionDocument_RoundTripsEveryDecision(BatchSpec spec)
    {
        var (claims, facts) = spec.Build();
        var result = CporRuleSet.Default.EvaluateBatch(claims, facts, Runs.Quiet);
        using var stream = new MemoryStream();
        DecisionDocumentWriter.Write(result, stream, CultureInfo.GetCultureInfo("ko-KR"));
        using var document = JsonDocument.Parse(stream.ToArray());
        var decisions = document.RootElement.GetProperty("decisions").EnumerateArray().ToList();
        return decisions.Count == claims.Count && decisions.Zip(result.Decisions).All(p =>
            p.First.GetProperty("outcome").GetString() == p.Second.Kind.Name
            && p.First.GetProperty("claimId").GetString() == p.Second.ClaimId?.ToString()
            && p.First.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()!).Order(StringComparer.Ordinal)
                .SequenceEqual(p.Second.Findings.Select(f => f.Code.Name).Order(StringComparer.Ordinal)));
    }

    private static SortedSet<string> Codes(IEnumerable<Finding> findings) => new(findings.Select(f => f.Code.Name), StringComparer.Ordinal);

    private static string Who(Cpor.Rules.Arbitration.Contender contender)
        => contender.IsIncumbent ? "incumbent:" + contender.PartnerId : contender.ClaimId + "#" + contender.Line!.Index;

    private static string Summary(ClaimDecision d)
        => $"{d.ClaimId} {d.Kind.Name} [{string.Join(",", d.Findings.Select(f => f.Code.Name + "@" + f.Product))}] [{string.Join(",", d.Lines.Select(l => l.Outcome.Name + ":" + l.Key))}]";

    private static List<string> Summaries(BatchResult result) => [.. result.Decisions.Select(Summary)];

    public static class Arbitraries
    {
        public static Arbitrary<BatchSpec> Batches()
        {
            var gen = from size in Gen.Choose(1, 30)
                      from shape in Gen.Elements(BatchShape.Clean, BatchShape.Mixed, BatchShape.Hostile)
                      from seed in Gen.Choose(0, 1_000_000)
                      from rivals in Gen.Choose(0, 10)
                      select new BatchSpec(size, shape, seed, rivals);
            return Arb.From(gen, Shrink);
        }

        private static IEnumerable<BatchSpec> Shrink(BatchSpec spec)
        {
            if (spec.Rivals > 0)
            {
                yield return spec with { Rivals = spec.Rivals - 1 };
            }

            if (spec.Size > 1)
            {
                yield return spec with { Size = spec.Size / 2 };
                yield return spec with { Size = spec.Size - 1 };
            }
        }
    }
}
