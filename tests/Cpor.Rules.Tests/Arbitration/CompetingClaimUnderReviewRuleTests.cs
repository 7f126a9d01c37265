using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Arbitration.ArbitrationScenario;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Arbitration;

/// <summary>CPOR-026: claimants tied for first place go to manual review, never decided by time, claim ID or input order.</summary>
public sealed class CompetingClaimUnderReviewRuleTests
{
    [Fact]
    public void UnderReview_TwoClaimantsTiedForFirst_EachLineUnderReviewWithFinding()
    {
        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-09-05"), Claimant("C-2", Rival, "2020-09-05")]);

        var contest = Assert.Single(result.Arbitrations);
        Assert.Equal(ArbitrationVerdict.ManualReview, contest.Verdict);
        Assert.Equal([1, 1], contest.Ranking.Select(r => r.Rank));
        foreach (var id in new[] { "C-1", "C-2" })
        {
            result.Decision(id).ShouldBe(OutcomeKind.UnderReview).ShouldBeOnEveryLine(OutcomeKind.UnderReview).ShouldHaveFindings(FindingCode.CompetingClaimUnderReview)
                .ShouldHaveFinding(FindingCode.CompetingClaimUnderReview, SalesProduct, $"tied with 1 other(s) on {SalesKey}").ShouldHaveFired("CPOR-026");
        }

        Assert.Null(FindingCode.CompetingClaimUnderReview.Severity);
    }

    [Fact]
    public void UnderReview_EarlierSubmissionAndLowerClaimId_StillTied()
    {
        var early = Claimant("C-1", Scenario.Partner, "2020-09-05") with { SubmittedOn = "2020-09-20" };
        var late = Claimant("C-9", Rival, "2020-09-05") with { SubmittedOn = "2020-10-01" };

        var result = DecideBatch([late, early]);

        Assert.All(result.Decisions, d => Assert.Equal(OutcomeKind.UnderReview, d.Kind));
    }

    [Fact]
    public void UnderReview_ThreeTiedForFirstAboveOthers_TiedUnderReviewRestLose()
    {
        var result = DecideBatch(
            [
                Claimant("C-1", Scenario.Partner, "2020-09-09"),
                Claimant("C-2", Rival, "2020-09-09"),
                Claimant("C-3", Third, "2020-09-09"),
                Claimant("C-4", NotEnrolled, "2020-09-01"),
            ],
            Facts(associations: [Holds(GlobalAccount, Sales, Day("2020-09-05"))]));

        Assert.Equal(
            [("C-1", 1, null), ("C-2", 1, null), ("C-3", 1, "PoeRecency"), ($"incumbent {GlobalAccount}", 4, "PoeRecency"), ("C-4", 5, null)],
            Assert.Single(result.Arbitrations).Entries());
        Assert.All(["C-1", "C-2", "C-3"], id => Assert.Equal(["CompetingClaimUnderReview"], result.Decision(id).Codes()));
        Assert.Equal(["tied with 2 other(s) on " + SalesKey], result.Decision("C-1").Findings.Select(f => f.Detail));
        result.Decision("C-4").ShouldBe(OutcomeKind.Rejected).ShouldHaveFinding(FindingCode.CompetingClaimLost);
    }

    [Fact]
    public void UnderReview_DecidedContest_NoReviewFinding()
    {
        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-09-05"), Claimant("C-2", Rival, "2020-09-06")]);

        Assert.All(result.Decisions, d => d.ShouldNotHaveFinding(FindingCode.CompetingClaimUnderReview));
    }

    [Fact]
    public void UnderReview_ClaimantTiedWithIncumbentUnderPolicyWithoutIncumbency_ClaimantUnderReview()
    {
        var rules = RuleSetWith(RankingPolicy.Create(RankingRules.PoeRecency));

        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-09-05")], Facts(associations: [Holds(Rival, Sales, Day("2020-09-05"))]), rules);

        Assert.Equal(ArbitrationVerdict.ManualReview, Assert.Single(result.Arbitrations).Verdict);
        result.ShouldRank("C-1", 1).ShouldRankIncumbent(1).Decision("C-1").ShouldBe(OutcomeKind.UnderReview)
            .ShouldHaveFindings(FindingCode.CompetingClaimUnderReview).ShouldHaveFinding(FindingCode.CompetingClaimUnderReview, detail: $"tied with 1 other(s) on {SalesKey}");
    }

    [Fact]
    public void UnderReview_OneLineTiedOtherLineEligible_ClaimUnderReview()
    {
        var both = Claimant("C-1", Scenario.Partner, "2020-09-05") with { Products = [SalesProduct, ServiceProduct], SubscriptionId = ServiceOne.ToString() };

        var result = DecideBatch([both, Claimant("C-2", Rival, "2020-09-05")]);

        result.Decision("C-1").ShouldBe(OutcomeKind.UnderReview).ShouldBe(OutcomeKind.UnderReview, SalesProduct).ShouldBe(OutcomeKind.Eligible, ServiceProduct);
    }

    [Fact]
    public void UnderReview_OneLineTiedOtherLineLost_ClaimUnderReview()
    {
        var both = Claimant("C-1", Scenario.Partner, "2020-09-05") with { Products = [SalesProduct, ServiceProduct], SubscriptionId = ServiceOne.ToString() };
        var salesRival = Claimant("C-2", Rival, "2020-09-05");
        var serviceRival = Claimant("C-3", Third, "2020-09-20") with { Products = [ServiceProduct], SubscriptionId = ServiceOne.ToString() };

        var result = DecideBatch([both, salesRival, serviceRival]);

        result.Decision("C-1").ShouldBe(OutcomeKind.UnderReview).ShouldBe(OutcomeKind.UnderReview, SalesProduct).ShouldBe(OutcomeKind.Rejected, ServiceProduct);
    }
}
