using System.Globalization;
using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cpor.Rules.Tests.Arbitration;

/// <summary>
/// Properties of arbitration on random contests, run through the whole rule set: 1 to 8 claimants on one to three keys
/// (a Business Applications subscription and two Microsoft 365 workloads), PoE dates from four days so that ties are
/// common, an incumbent on some keys, and some invalid data: ineligible claimants (no PoE, wrong domain), the same
/// partner twice on a key (DuplicateClaim) and claimants that already hold the key (AlreadyClaimed).
/// </summary>
public sealed class ArbitrationPropertyTests
{
    // 500 rather than the default 100: the rarer shapes need the extra cases. In a sample of 500 generated batches, a
    // tie for first place came up in about 14% (three or more tied: about 2%, so 100 cases would see two), a contest of
    // five or more in 17%, a DuplicateClaim in 31%, an AlreadyClaimed in 25%. A batch takes about 1 ms to decide, so a
    // property stays around a second even when it decides two or three batches per case.
    private const int Contests = 500;

    private const int PoolSize = 12;

    private static readonly DateOnly FirstPoeDay = new(2020, 9, 1);

    private static readonly DateOnly FirstSubmissionDay = new(2020, 10, 1);

    /// <summary>Partners 0 to 11 are drawn by the generators; partner 12 is kept for the newcomer of the "adding" property.</summary>
    private static readonly PartnerId[] Pool = [.. Enumerable.Range(0, PoolSize + 1).Select(i => PartnerId.Parse($"30000{i:00}"))];

    private static readonly AssociationKey[] Keys =
    [
        AssociationKey.ForSubscription(Scenario.Tenant, Scenario.Sales),
        AssociationKey.ForWorkload(Scenario.Tenant, "Teams"),
        AssociationKey.ForWorkload(Scenario.Tenant, "Exchange"),
    ];

    private static readonly string[] ExtraEvidence = ["Dynamics 365 Marketing", "Power Apps"];

    private static readonly CporRuleSet DefaultRules = CporRuleSet.Default;

    public enum Defect
    {
        None,
        NoPoe,
        WrongDomain,
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = Contests)]
    public void Ranking_EveryPair_AgreesWithThePolicy(ContestCase contest, NamedPolicy policy)
    {
        var result = Run(contest, policy.Rules);

        foreach (var arbitration in result.Arbitrations)
        {
            var ranking = arbitration.Ranking;
            for (var i = 0; i < ranking.Count; i++)
            {
                // A rank is one more than the number of contenders the policy puts strictly above: ties share it, and the
                // next rank skips.
                var above = ranking.Count(other => policy.Policy.Compare(other.Contender, ranking[i].Contender).Order > 0);
                Assert.Equal(above + 1, ranking[i].Rank);
                for (var j = i + 1; j < ranking.Count; j++)
                {
                    var (order, _) = policy.Policy.Compare(ranking[i].Contender, ranking[j].Contender);
                    Assert.Equal(-order, policy.Policy.Compare(ranking[j].Contender, ranking[i].Contender).Order);
                    Assert.True(order >= 0, $"{ranking[i].Contender} is listed above {ranking[j].Contender}, which the policy ranks higher");
                    Assert.Equal(order > 0, ranking[i].Rank < ranking[j].Rank);
                }

                var expected = i + 1 < ranking.Count ? policy.Policy.Compare(ranking[i].Contender, ranking[i + 1].Contender).DecidedBy?.Name : null;
                Assert.Equal(expected, ranking[i].SeparatedBy);
            }
        }
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = Contests)]
    public void Ranking_ClaimsAndAssociationsShuffled_SameRanksPerClaim(ShuffledContest shuffled)
    {
        var original = Run(shuffled.Case);
        var reordered = Run(shuffled.Case, DefaultRules, shuffled.ClaimOrder, shuffled.IncumbentOrder);

        Assert.Equal(Ranks(original), Ranks(reordered));
        Assert.Equal(Verdicts(original), Verdicts(reordered));
        Assert.Equal(Outcomes(original), Outcomes(reordered));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = Contests)]
    public void Contest_Always_ExactlyOneWinnerOrManualReview(ContestCase contest)
    {
        var result = Run(contest);

        foreach (var arbitration in result.Arbitrations)
        {
            var leaders = arbitration.Ranking.Where(r => r.Rank == 1).ToList();
            if (arbitration.Verdict == ArbitrationVerdict.Decided)
            {
                Assert.Single(leaders);
            }
            else
            {
                Assert.Equal(ArbitrationVerdict.ManualReview, arbitration.Verdict);
                Assert.True(leaders.Count >= 2, $"manual review with {leaders.Count} leader(s)");
            }

            foreach (var place in arbitration.Ranking)
            {
                if (place.Contender.Line is not { } line)
                {
                    continue;
                }

                var decision = LineDecisionOf(result, line);
                var (outcome, code) = place.Rank > 1
                    ? (OutcomeKind.Rejected, FindingCode.CompetingClaimLost)
                    : arbitration.Verdict == ArbitrationVerdict.Decided
                        ? (OutcomeKind.Eligible, null)
                        : (OutcomeKind.UnderReview, FindingCode.CompetingClaimUnderReview);
                Assert.Equal(outcome, decision.Outcome);
                Assert.Equal(code is null ? [] : [code], decision.Findings.Select(f => f.Code));
            }
        }

        foreach (var key in Keys)
        {
            var onKey = result.Decisions.SelectMany(d => d.Lines).Where(l => l.Key == key).ToList();
            var eligible = onKey.Count(l => l.Outcome == OutcomeKind.Eligible);
            var underReview = onKey.Count(l => l.Outcome == OutcomeKind.UnderReview);
            Assert.True(eligible <= 1, $"{eligible} lines eligible on {key}");
            Assert.True(eligible == 0 || underReview == 0, $"a winner and {underReview} line(s) under review on {key}");
        }
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = Contests)]
    public void Ranking_BelowTheWinner_NobodyHasANewerPoe(ContestCase contest)
    {
        var result = Run(contest);

        foreach (var arbitration in result.Arbitrations)
        {
            var winningPoe = arbitration.Ranking[0].Contender.PoeAcknowledgedOn;
            Assert.All(arbitration.Leaders, leader => Assert.Equal(winningPoe, leader.PoeAcknowledgedOn));
            Assert.All(arbitration.Ranking, place => Assert.True(place.Contender.PoeAcknowledgedOn <= winningPoe, $"{place.Contender} ranked {place.Rank} under a PoE of {winningPoe:yyyy-MM-dd}"));
        }
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = Contests)]
    public Property Winner_ContenderWithOlderPoeAdded_Unchanged(GrownContest grown)
    {
        var before = Run(grown.Case);
        var keysWithWinner = Enumerable.Range(0, Keys.Length).Where(k => Winners(grown.Case, before, k).Count > 0).ToList();

        return Prop.When(keysWithWinner.Count > 0, () =>
        {
            var key = keysWithWinner[grown.KeyPick % keysWithWinner.Count];
            var winningPoe = WinningPoe(grown.Case, before, key);
            var newcomer = new ClaimantSpec(PoolSize, key, PoeDayOf(winningPoe) - grown.DaysOlder, 0, 0, Defect.None);
            var bigger = grown.Case with { Claimants = [.. grown.Case.Claimants, newcomer] };

            var after = Run(bigger);

            for (var k = 0; k < Keys.Length; k++)
            {
                Assert.Equal(Winners(grown.Case, before, k), Winners(bigger, after, k));
            }
        });
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = Contests)]
    public Property Winner_LoserRemoved_Unchanged(ReducedContest reduced)
    {
        var before = Run(reduced.Case);
        var losers = before.Arbitrations.SelectMany(a => a.Ranking.Where(r => r.Rank > 1).Select(r => r.Contender)).ToList();

        return Prop.When(losers.Count > 0, () =>
        {
            var loser = losers[reduced.LoserPick % losers.Count];
            var key = Array.IndexOf(Keys, loser.Key);
            var partner = Array.IndexOf(Pool, loser.PartnerId);

            // The losing partner is withdrawn from the key entirely: its claims there and its association there. Removing
            // only the losing line would let a line of the same partner that was shut out by it step in with a PoE of
            // its own: a DuplicateClaim of the loser, or (for a losing incumbent) the partner's AlreadyClaimed line.
            var smaller = reduced.Case with
            {
                Claimants = [.. reduced.Case.Claimants.Select(c => c.Key == key && c.Partner == partner ? c with { Withdrawn = true } : c)],
                Incumbents = [.. reduced.Case.Incumbents.Where(i => !(i.Key == key && i.Partner == partner))],
            };

            var after = Run(smaller);

            for (var k = 0; k < Keys.Length; k++)
            {
                Assert.Equal(Winners(reduced.Case, before, k), Winners(smaller, after, k));
            }
        });
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = Contests)]
    public void Decisions_DefaultPolicy_MatchAReferenceModel(ContestCase contest)
    {
        var result = Run(contest);

        for (var k = 0; k < Keys.Length; k++)
        {
            var model = Model(contest, k);
            var arbitration = result.Arbitrations.SingleOrDefault(a => a.Key == Keys[k]);
            if (model.Count < 2)
            {
                Assert.Null(arbitration);
                continue;
            }

            Assert.NotNull(arbitration);
            Assert.Equal(
                model.OrderBy(m => m.Who, StringComparer.Ordinal),
                arbitration.Ranking.Select(r => (Who: Label(r.Contender), r.Rank)).OrderBy(m => m.Who, StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// The default policy written out independently: who contends on key <paramref name="key"/> (eligible, not already
    /// holding it, the kept one of a partner's duplicates, plus another partner's incumbent) and each one's rank.
    /// </summary>
    private static List<(string Who, int Rank)> Model(ContestCase contest, int key)
    {
        var incumbent = contest.Incumbents.SingleOrDefault(i => i.Key == key);
        var entrants = new List<(string Who, int PoeDay, bool Incumbent)>();
        var onKey = contest.Claimants.Select((c, index) => (Spec: c, Id: ClaimIdOf(index)))
            .Where(c => c.Spec.Key == key && !c.Spec.Withdrawn)
            .ToList();
        foreach (var byPartner in onKey.GroupBy(c => c.Spec.Partner))
        {
            // DuplicateClaim is judged on every resolved line, eligible or not: the earliest submission, then the lowest
            // claim ID, is kept.
            var kept = byPartner.OrderBy(c => c.Spec.SubmittedDay).ThenBy(c => c.Id, StringComparer.Ordinal).First();
            if (kept.Spec.Defect == Defect.None && kept.Spec.Partner != incumbent?.Partner)
            {
                entrants.Add((kept.Id, kept.Spec.PoeDay, false));
            }
        }

        if (incumbent is not null)
        {
            entrants.Add((Label(Pool[incumbent.Partner]), incumbent.PoeDay, true));
        }

        bool Above((string Who, int PoeDay, bool Incumbent) x, (string Who, int PoeDay, bool Incumbent) y)
            => x.PoeDay > y.PoeDay || (x.PoeDay == y.PoeDay && x.Incumbent && !y.Incumbent);

        return [.. entrants.Select(e => (e.Who, 1 + entrants.Count(other => Above(other, e))))];
    }

    private static BatchResult Run(ContestCase contest, CporRuleSet? rules = null, int[]? claimOrder = null, int[]? incumbentOrder = null)
    {
        var claims = contest.Claimants.Select((spec, index) => (spec, index)).Where(c => !c.spec.Withdrawn).Select(c => ClaimOf(c.spec, c.index)).ToArray();
        var associations = contest.Incumbents.Select(AssociationOf).ToArray();
        if (claimOrder is not null)
        {
            var byIndex = contest.Claimants.Select((spec, index) => spec.Withdrawn ? null : ClaimOf(spec, index)).ToArray();
            claims = [.. claimOrder.Select(i => byIndex[i]).OfType<Claim>()];
        }

        if (incumbentOrder is not null)
        {
            associations = [.. incumbentOrder.Select(i => associations[i])];
        }

        var partners = Scenario.DefaultPartners.Concat(Pool.Select(p => new Partner(p, PartnerAccount.Location, [SolutionArea.BusinessApplications, SolutionArea.Microsoft365])));
        return (rules ?? DefaultRules).EvaluateBatch(claims, Scenario.Facts(associations: associations, partners: partners), Runs.Quiet);
    }

    private static Claim ClaimOf(ClaimantSpec spec, int index)
    {
        var product = spec.Key == 0 ? Scenario.SalesProduct : Keys[spec.Key].Workload!;
        var raw = (spec.Key == 0 ? Scenario.Raw() : Scenario.RawM365()) with
        {
            ClaimId = ClaimIdOf(index),
            PartnerId = Pool[spec.Partner].ToString(),
            Products = [product],
            SubmittedOn = Iso(FirstSubmissionDay.AddDays(spec.SubmittedDay)),
            ProofOfExecution = new UnvalidatedProofOfExecution
            {
                CustomerAcknowledgedOn = Iso(FirstPoeDay.AddDays(spec.PoeDay)),
                DescribesPartnerService = true,
                Products = [product, .. ExtraEvidence.Take(spec.Evidence)],
            },
        };
        raw = spec.Defect switch
        {
            Defect.NoPoe => raw with { ProofOfExecution = null },
            Defect.WrongDomain => raw with { CustomerDomain = "fabrikam.com" },
            _ => raw,
        };
        return Claim.FromUnvalidated(raw);
    }

    private static Association AssociationOf(IncumbentSpec spec)
        => spec.Key == 0
            ? Scenario.Holds(Pool[spec.Partner], Scenario.Sales, FirstPoeDay.AddDays(spec.PoeDay))
            : Scenario.HoldsWorkload(Pool[spec.Partner], Keys[spec.Key].Workload!, FirstPoeDay.AddDays(spec.PoeDay));

    private static string ClaimIdOf(int index) => $"P-{index:00}";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int PoeDayOf(DateOnly date) => date.DayNumber - FirstPoeDay.DayNumber;

    private static string Label(Contender contender) => contender.IsIncumbent ? Label(contender.PartnerId) : contender.ClaimId!.Value.Value;

    private static string Label(PartnerId incumbent) => $"incumbent {incumbent}";

    private static LineDecision LineDecisionOf(BatchResult result, ClaimLine line)
        => result.Decisions.Single(d => ReferenceEquals(d.Claim, line.Claim)).Lines[line.Index];

    /// <summary>
    /// Who holds key <paramref name="key"/> after the batch: the leaders of its contest; without a contest, the one
    /// eligible line on it, else the incumbent; nobody when neither exists.
    /// </summary>
    private static SortedSet<string> Winners(ContestCase contest, BatchResult result, int key)
    {
        var arbitration = result.Arbitrations.SingleOrDefault(a => a.Key == Keys[key]);
        if (arbitration is not null)
        {
            return new(arbitration.Leaders.Select(Label), StringComparer.Ordinal);
        }

        var eligible = result.Decisions.SelectMany(d => d.Lines).Where(l => l.Key == Keys[key] && l.Outcome == OutcomeKind.Eligible).ToList();
        if (eligible.Count > 0)
        {
            return new(eligible.Select(l => l.Line.Claim.Id!.Value.Value), StringComparer.Ordinal);
        }

        var incumbent = contest.Incumbents.SingleOrDefault(i => i.Key == key);
        return incumbent is null ? new(StringComparer.Ordinal) : new([Label(Pool[incumbent.Partner])], StringComparer.Ordinal);
    }

    private static DateOnly WinningPoe(ContestCase contest, BatchResult result, int key)
    {
        if (result.Arbitrations.SingleOrDefault(a => a.Key == Keys[key]) is { } arbitration)
        {
            return arbitration.Ranking[0].Contender.PoeAcknowledgedOn;
        }

        var eligible = result.Decisions.SelectMany(d => d.Lines).FirstOrDefault(l => l.Key == Keys[key] && l.Outcome == OutcomeKind.Eligible);
        return eligible is not null
            ? eligible.Line.Claim.ProofOfExecution!.CustomerAcknowledgedOn!.Value
            : FirstPoeDay.AddDays(contest.Incumbents.Single(i => i.Key == key).PoeDay);
    }

    private static Dictionary<string, (int Rank, string Key)> Ranks(BatchResult result)
        => result.Arbitrations
            .SelectMany(a => a.Ranking.Select(r => (Who: Label(r.Contender), r.Rank, Key: a.Key.ToString())))
            .ToDictionary(r => $"{r.Key} {r.Who}", r => (r.Rank, r.Key));

    private static Dictionary<string, string> Verdicts(BatchResult result)
        => result.Arbitrations.ToDictionary(a => a.Key.ToString(), a => $"{a.Verdict}: {string.Join(", ", a.Ranking.Select(r => $"{r.Rank} {Label(r.Contender)} {r.SeparatedBy}"))}");

    private static Dictionary<string, string> Outcomes(BatchResult result)
        => result.Decisions.ToDictionary(d => d.ClaimId!.Value.Value, d => $"{d.Kind}: {string.Join(", ", d.Findings.Select(f => f.Code.Name))}");

    /// <summary>One claimant: a partner of the pool claiming one key with a PoE acknowledged <see cref="PoeDay"/> days after 2020-09-01.</summary>
    public sealed record ClaimantSpec(int Partner, int Key, int PoeDay, int SubmittedDay, int Evidence, Defect Defect)
    {
        /// <summary>Left out of the batch (the "removing a loser" property), keeping the other claims' IDs.</summary>
        public bool Withdrawn { get; init; }

        public override string ToString()
            => $"{Pool[Partner]} on key {Key}, PoE +{PoeDay}d, submitted +{SubmittedDay}d, evidence {Evidence}{(Defect == Defect.None ? string.Empty : $", {Defect}")}{(Withdrawn ? ", withdrawn" : string.Empty)}";
    }

    /// <summary>Another partner's approved association on a key, the incumbent there.</summary>
    public sealed record IncumbentSpec(int Partner, int Key, int PoeDay)
    {
        public override string ToString() => $"incumbent {Pool[Partner]} on key {Key}, PoE +{PoeDay}d";
    }

    /// <summary>A random batch: claimants (claim IDs P-00, P-01, ... by position) and at most one incumbent per key.</summary>
    public sealed record ContestCase(IReadOnlyList<ClaimantSpec> Claimants, IReadOnlyList<IncumbentSpec> Incumbents)
    {
        public override string ToString()
            => string.Join("; ", Claimants.Select((c, i) => $"{ClaimIdOf(i)}: {c}").Concat(Incumbents.Select(i => i.ToString())));
    }

    /// <summary>A contest with a permutation of its claims and one of its associations.</summary>
    public sealed record ShuffledContest(ContestCase Case, int[] ClaimOrder, int[] IncumbentOrder)
    {
        public override string ToString() => $"{Case} | claims in order {string.Join(",", ClaimOrder)}, associations in order {string.Join(",", IncumbentOrder)}";
    }

    /// <summary>A contest, which key with a winner receives a newcomer (taken modulo), and how many days older its PoE is.</summary>
    public sealed record GrownContest(ContestCase Case, int KeyPick, int DaysOlder)
    {
        public override string ToString() => $"{Case} | newcomer on winning key #{KeyPick}, PoE {DaysOlder}d older than the winner's";
    }

    /// <summary>A contest and which loser to withdraw (taken modulo).</summary>
    public sealed record ReducedContest(ContestCase Case, int LoserPick)
    {
        public override string ToString() => $"{Case} | withdraw loser #{LoserPick}";
    }

    /// <summary>A ranking policy, the rule set compiled with it, and a name for counterexamples.</summary>
    public sealed record NamedPolicy(string Name, RankingPolicy Policy)
    {
        public CporRuleSet Rules { get; } = CporRuleSet.Create(new CporOptions { Ranking = Policy });

        public override string ToString() => Name;
    }

    public static class Arbitraries
    {
        private static readonly NamedPolicy[] Policies =
        [
            new("default (PoeRecency, Incumbency)", RankingPolicy.Default),
            new("PoeRecency only", RankingPolicy.Create(RankingRules.PoeRecency)),
            new("Incumbency, PoeRecency", RankingPolicy.Create(RankingRules.Incumbency, RankingRules.PoeRecency)),
            new("default then EvidenceStrength", RankingPolicy.Default.Then(EvidenceStrengthRankingRule.Instance)),
        ];

        public static Arbitrary<ContestCase> Contests() => Arb.From(ContestGen(), Shrink);

        public static Arbitrary<ShuffledContest> Shuffled()
            => (from contest in ContestGen()
                from claimOrder in Gen.Shuffle(Enumerable.Range(0, contest.Claimants.Count).ToArray())
                from incumbentOrder in Gen.Shuffle(Enumerable.Range(0, contest.Incumbents.Count).ToArray())
                select new ShuffledContest(contest, claimOrder, incumbentOrder)).ToArbitrary();

        public static Arbitrary<GrownContest> Grown()
            => (from contest in ContestGen()
                from keyPick in Gen.Choose(0, 2)
                from daysOlder in Gen.Choose(1, 3)
                select new GrownContest(contest, keyPick, daysOlder)).ToArbitrary();

        public static Arbitrary<ReducedContest> Reduced()
            => (from contest in ContestGen()
                from loserPick in Gen.Choose(0, 7)
                select new ReducedContest(contest, loserPick)).ToArbitrary();

        public static Arbitrary<NamedPolicy> NamedPolicies() => Gen.Elements(Policies).ToArbitrary();

        private static Gen<ContestCase> ContestGen()
            => from keys in Gen.Choose(1, Keys.Length)
               from count in Gen.Choose(1, 8)
               from claimants in ClaimantGen(keys).ArrayOf(count)
               from incumbents in Gen.CollectToArray(Enumerable.Range(0, keys).Select(key => IncumbentGen(key).OrNull()))
               select new ContestCase(claimants, [.. incumbents.OfType<IncumbentSpec>()]);

        private static Gen<ClaimantSpec> ClaimantGen(int keys)
            => from partner in Gen.Choose(0, PoolSize - 1)
               from key in Gen.Choose(0, keys - 1)
               from poeDay in Gen.Choose(0, 3)
               from submittedDay in Gen.Choose(0, 2)
               from evidence in Gen.Choose(0, ExtraEvidence.Length)
               from defect in Gen.Frequency((8, Gen.Constant(Defect.None)), (1, Gen.Constant(Defect.NoPoe)), (1, Gen.Constant(Defect.WrongDomain)))
               select new ClaimantSpec(partner, key, poeDay, submittedDay, evidence, defect);

        private static Gen<IncumbentSpec> IncumbentGen(int key)
            => from partner in Gen.Choose(0, PoolSize - 1)
               from poeDay in Gen.Choose(0, 3)
               select new IncumbentSpec(partner, key, poeDay);

        /// <summary>Shrinks by dropping one claimant or one incumbent, so a counterexample ends as small as it can.</summary>
        private static IEnumerable<ContestCase> Shrink(ContestCase contest)
        {
            for (var i = 0; i < contest.Claimants.Count && contest.Claimants.Count > 1; i++)
            {
                yield return contest with { Claimants = [.. contest.Claimants.Where((_, j) => j != i)] };
            }

            for (var i = 0; i < contest.Incumbents.Count; i++)
            {
                yield return contest with { Incumbents = [.. contest.Incumbents.Where((_, j) => j != i)] };
            }
        }
    }
}
