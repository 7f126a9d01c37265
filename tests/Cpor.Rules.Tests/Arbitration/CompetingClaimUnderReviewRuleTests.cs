using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
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
            var decision = result.Decision(id);
            Assert.Equal(OutcomeKind.UnderReview, decision.Kind);
            Assert.Equal(OutcomeKind.UnderReview, Assert.Single(decision.Lines).Outcome);
            var finding = Assert.Single(decision.Findings);
            Assert.Equal(FindingCode.CompetingClaimUnderReview, finding.Code);
            Assert.Equal("CPOR-026", finding.RuleId);
            Assert.Null(finding.Severity);
            Assert.Equal($"tied with 1 other(s) on {SalesKey}", finding.Detail);
        }
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
        Assert.Equal(OutcomeKind.Rejected, result.Decision("C-4").Kind);
        Assert.Contains("CompetingClaimLost", result.Decision("C-4").Codes());
    }

    [Fact]
    public void UnderReview_DecidedContest_NoReviewFinding()
    {
        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-09-05"), Claimant("C-2", Rival, "2020-09-06")]);

        Assert.DoesNotContain(result.Decisions.SelectMany(d => d.Findings), f => f.Code == FindingCode.CompetingClaimUnderReview);
    }

    [Fact]
    public void UnderReview_ClaimantTiedWithIncumbentUnderPolicyWithoutIncumbency_ClaimantUnderReview()
    {
        var rules = RuleSetWith(RankingPolicy.Create(RankingRules.PoeRecency));

        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-09-05")], Facts(associations: [Holds(Rival, Sales, Day("2020-09-05"))]), rules);

        Assert.Equal(ArbitrationVerdict.ManualReview, Assert.Single(result.Arbitrations).Verdict);
        var finding = Assert.Single(result.Decision("C-1").Findings);
        Assert.Equal(FindingCode.CompetingClaimUnderReview, finding.Code);
        Assert.Equal($"tied with 1 other(s) on {SalesKey}", finding.Detail);
        Assert.Equal(OutcomeKind.UnderReview, result.Decision("C-1").Kind);
    }

    [Fact]
    public void UnderReview_OneLineTiedOtherLineEligible_ClaimUnderReview()
    {
        var both = Claimant("C-1", Scenario.Partner, "2020-09-05") with { Products = [SalesProduct, ServiceProduct], SubscriptionId = ServiceOne.ToString() };

        var result = DecideBatch([both, Claimant("C-2", Rival, "2020-09-05")]);

        var decision = result.Decision("C-1");
        Assert.Equal([OutcomeKind.UnderReview, OutcomeKind.Eligible], decision.Lines.Select(l => l.Outcome));
        Assert.Equal(OutcomeKind.UnderReview, decision.Kind);
    }

    [Fact]
    public void UnderReview_OneLineTiedOtherLineLost_ClaimUnderReview()
    {
        var both = Claimant("C-1", Scenario.Partner, "2020-09-05") with { Products = [SalesProduct, ServiceProduct], SubscriptionId = ServiceOne.ToString() };
        var salesRival = Claimant("C-2", Rival, "2020-09-05");
        var serviceRival = Claimant("C-3", Third, "2020-09-20") with { Products = [ServiceProduct], SubscriptionId = ServiceOne.ToString() };

        var result = DecideBatch([both, salesRival, serviceRival]);

        var decision = result.Decision("C-1");
        Assert.Equal([OutcomeKind.UnderReview, OutcomeKind.Rejected], decision.Lines.Select(l => l.Outcome));
        Assert.Equal(OutcomeKind.UnderReview, decision.Kind);
    }
}
