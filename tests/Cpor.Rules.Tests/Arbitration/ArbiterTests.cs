using Cpor.Rules.Arbitration;
using static Cpor.Rules.Tests.Arbitration.ArbitrationScenario;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Arbitration;

public sealed class ArbiterTests
{
    private static readonly RankingPolicy Default = RankingPolicy.Default;

    [Fact]
    public void Rank_ClaimantWithNewerPoeThanIncumbent_ClaimantFirstByPoeRecency()
    {
        var contest = Rank(Default, Incumbent(Rival, "2020-09-01"), Candidate("C-1", Partner, "2020-09-15"));

        Assert.Equal([("C-1", 1, "PoeRecency"), ($"incumbent {Rival}", 2, null)], contest.Entries());
        Assert.Equal(ArbitrationVerdict.Decided, contest.Verdict);
    }

    [Fact]
    public void Rank_ClaimantWithOlderPoeThanIncumbent_IncumbentFirstByPoeRecency()
    {
        var contest = Rank(Default, Incumbent(Rival, "2020-09-15"), Candidate("C-1", Partner, "2020-09-01"));

        Assert.Equal([($"incumbent {Rival}", 1, "PoeRecency"), ("C-1", 2, null)], contest.Entries());
        Assert.Equal(ArbitrationVerdict.Decided, contest.Verdict);
    }

    [Fact]
    public void Rank_ClaimantWithSamePoeDateAsIncumbent_IncumbentFirstByIncumbency()
    {
        var contest = Rank(Default, Incumbent(Rival, "2020-09-15"), Candidate("C-1", Partner, "2020-09-15"));

        Assert.Equal([($"incumbent {Rival}", 1, "Incumbency"), ("C-1", 2, null)], contest.Entries());
        Assert.Equal(ArbitrationVerdict.Decided, contest.Verdict);
    }

    [Fact]
    public void Rank_TwoClaimantsWithoutIncumbent_NewerPoeFirst()
    {
        var contest = Rank(Default, null, Candidate("C-1", Partner, "2020-09-01"), Candidate("C-2", Rival, "2020-09-02"));

        Assert.Equal([("C-2", 1, "PoeRecency"), ("C-1", 2, null)], contest.Entries());
    }

    [Fact]
    public void Rank_ManyClaimantsAndIncumbent_OrderedByPoeNewestFirstWithConsecutiveRanks()
    {
        var contest = Rank(
            Default,
            Incumbent(Third, "2020-09-03"),
            Candidate("C-1", Partner, "2020-09-02"),
            Candidate("C-2", Rival, "2020-09-05"),
            Candidate("C-3", NotEnrolled, "2020-09-01"),
            Candidate("C-4", GlobalAccount, "2020-09-04"));

        Assert.Equal(
            [("C-2", 1, "PoeRecency"), ("C-4", 2, "PoeRecency"), ($"incumbent {Third}", 3, "PoeRecency"), ("C-1", 4, "PoeRecency"), ("C-3", 5, null)],
            contest.Entries());
        Assert.Equal(ArbitrationVerdict.Decided, contest.Verdict);
    }

    [Fact]
    public void Rank_TieForFirst_SharedRankOneNextRankSkipsAndManualReview()
    {
        var contest = Rank(
            Default,
            null,
            Candidate("C-3", Third, "2020-09-01"),
            Candidate("C-2", Rival, "2020-09-10"),
            Candidate("C-1", Partner, "2020-09-10"));

        Assert.Equal([("C-1", 1, null), ("C-2", 1, "PoeRecency"), ("C-3", 3, null)], contest.Entries());
        Assert.Equal(ArbitrationVerdict.ManualReview, contest.Verdict);
        Assert.Equal(["C-1", "C-2"], contest.Leaders.Select(Who));
    }

    [Fact]
    public void Rank_TieForFirstAboveIncumbent_IncumbentRanksAfterTheTiedClaimants()
    {
        var contest = Rank(Default, Incumbent(Third, "2020-09-01"), Candidate("C-1", Partner, "2020-09-10"), Candidate("C-2", Rival, "2020-09-10"));

        Assert.Equal([("C-1", 1, null), ("C-2", 1, "PoeRecency"), ($"incumbent {Third}", 3, null)], contest.Entries());
        Assert.Equal(ArbitrationVerdict.ManualReview, contest.Verdict);
    }

    [Fact]
    public void Rank_TieBelowFirstPlace_DecidedWithSharedRankTwo()
    {
        var contest = Rank(
            Default,
            null,
            Candidate("C-1", Partner, "2020-09-01"),
            Candidate("C-2", Rival, "2020-09-01"),
            Candidate("C-3", Third, "2020-09-10"));

        Assert.Equal([("C-3", 1, "PoeRecency"), ("C-1", 2, null), ("C-2", 2, null)], contest.Entries());
        Assert.Equal(ArbitrationVerdict.Decided, contest.Verdict);
        Assert.Equal(["C-3"], contest.Leaders.Select(Who));
    }

    [Fact]
    public void Rank_TiesOnBothPlaces_RanksOneOneThreeThree()
    {
        var contest = Rank(
            Default,
            null,
            Candidate("C-4", NotEnrolled, "2020-09-01"),
            Candidate("C-3", Third, "2020-09-01"),
            Candidate("C-2", Rival, "2020-09-10"),
            Candidate("C-1", Partner, "2020-09-10"));

        Assert.Equal([1, 1, 3, 3], contest.Ranking.Select(r => r.Rank));
        Assert.Equal([null, "PoeRecency", null, null], contest.Ranking.Select(r => r.SeparatedBy));
    }

    [Fact]
    public void Rank_ClaimantsInAnyInputOrder_SameRanking()
    {
        Contender[] claimants =
        [
            Candidate("C-1", Partner, "2020-09-05"),
            Candidate("C-2", Rival, "2020-09-05"),
            Candidate("C-3", Third, "2020-09-07"),
            Candidate("C-4", NotEnrolled, "2020-09-01"),
        ];
        var incumbent = Incumbent(GlobalAccount, "2020-09-05");

        var forward = Rank(Default, incumbent, claimants);
        var backward = Rank(Default, incumbent, [.. claimants.Reverse()]);

        Assert.Equal(forward.Entries(), backward.Entries());
        Assert.Equal(
            [("C-3", 1, "PoeRecency"), ($"incumbent {GlobalAccount}", 2, "Incumbency"), ("C-1", 3, null), ("C-2", 3, "PoeRecency"), ("C-4", 5, null)],
            forward.Entries());
    }

    [Fact]
    public void Rank_IncumbentTiedUnderPolicyWithoutIncumbency_ManualReviewWithIncumbentListedLast()
    {
        var contest = Rank(RankingPolicy.Create(RankingRules.PoeRecency), Incumbent(Rival, "2020-09-15"), Candidate("C-1", Partner, "2020-09-15"));

        Assert.Equal([("C-1", 1, null), ($"incumbent {Rival}", 1, null)], contest.Entries());
        Assert.Equal(ArbitrationVerdict.ManualReview, contest.Verdict);
    }

    [Fact]
    public void Rank_CustomRuleAppendedWithThen_BreaksPoeTie()
    {
        var policy = Default.Then(EvidenceStrengthRankingRule.Instance);
        var weak = Candidate("C-1", Partner, "2020-09-10", poeProducts: [SalesProduct]);
        var strong = Candidate("C-2", Rival, "2020-09-10", poeProducts: [SalesProduct, ServiceProduct]);

        var contest = Rank(policy, null, weak, strong);

        Assert.Equal([("C-2", 1, "EvidenceStrength"), ("C-1", 2, null)], contest.Entries());
        Assert.Equal(ArbitrationVerdict.Decided, contest.Verdict);
    }

    [Fact]
    public void Rank_CustomRuleAppended_DoesNotOverrideEarlierRules()
    {
        var policy = Default.Then(EvidenceStrengthRankingRule.Instance);
        var newerButWeak = Candidate("C-1", Partner, "2020-09-11", poeProducts: [SalesProduct]);
        var olderButStrong = Candidate("C-2", Rival, "2020-09-10", poeProducts: [SalesProduct, ServiceProduct, "Teams"]);

        var contest = Rank(policy, null, olderButStrong, newerButWeak);

        Assert.Equal([("C-1", 1, "PoeRecency"), ("C-2", 2, null)], contest.Entries());
    }

    [Fact]
    public void Rank_SameClaimantDataWithoutCustomRule_StaysTied()
    {
        var weak = Candidate("C-1", Partner, "2020-09-10", poeProducts: [SalesProduct]);
        var strong = Candidate("C-2", Rival, "2020-09-10", poeProducts: [SalesProduct, ServiceProduct]);

        var contest = Rank(Default, null, weak, strong);

        Assert.Equal(ArbitrationVerdict.ManualReview, contest.Verdict);
    }

    [Fact]
    public void Rank_Always_KeepsTheContestedKey()
    {
        var contest = Rank(Default, null, Candidate("C-1", Partner, "2020-09-10"), Candidate("C-2", Rival, "2020-09-11"));

        Assert.Equal(SalesKey, contest.Key);
    }
}
