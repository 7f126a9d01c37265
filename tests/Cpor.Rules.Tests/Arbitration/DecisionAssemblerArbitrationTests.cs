using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using static Cpor.Rules.Tests.Arbitration.ArbitrationScenario;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Arbitration;

/// <summary>
/// How <see cref="DecisionAssembler"/> reports contests: once in the batch, on every claim that took part, and in the
/// claims' explanations. Kept beside the arbitration tests because it is their reporting side.
/// </summary>
public sealed class DecisionAssemblerArbitrationTests
{
    [Fact]
    public void Assemble_OneContestOfTwoClaims_ListedOnceInBatchAndOnBothDecisions()
    {
        var result = DecideBatch([Claimant("C-1", Partner, "2020-09-01"), Claimant("C-2", Rival, "2020-09-02"), RawM365("M-1")]);

        var contest = Assert.Single(result.Arbitrations);
        Assert.Same(contest, Assert.Single(result.Decision("C-1").Arbitrations));
        Assert.Same(contest, Assert.Single(result.Decision("C-2").Arbitrations));
        Assert.Empty(result.Decision("M-1").Arbitrations);
    }

    [Fact]
    public void Assemble_ClaimWithLinesInTwoContests_CarriesBoth()
    {
        var both = Claimant("C-1", Partner, "2020-09-10") with { Products = [SalesProduct, ServiceProduct], SubscriptionId = ServiceOne.ToString() };
        var salesRival = Claimant("C-2", Rival, "2020-09-20");
        var serviceRival = Claimant("C-3", Third, "2020-09-01") with { Products = [ServiceProduct], SubscriptionId = ServiceOne.ToString() };

        var result = DecideBatch([both, salesRival, serviceRival]);

        Assert.Equal(2, result.Arbitrations.Count);
        Assert.Equal(2, result.Decision("C-1").Arbitrations.Count);
        Assert.Equal(result.Arbitrations.ToHashSet(), result.Decision("C-1").Arbitrations.ToHashSet());
        Assert.Same(result.ContestOn(SalesKey), Assert.Single(result.Decision("C-2").Arbitrations));
    }

    [Fact]
    public void Assemble_ContestWithIncumbent_OnTheClaimantsDecision()
    {
        var result = DecideBatch([Claimant("C-1", Partner, "2020-09-01")], Facts(associations: [Holds(Rival, Sales, Day("2020-09-10"))]));

        Assert.Same(Assert.Single(result.Arbitrations), Assert.Single(result.Decision("C-1").Arbitrations));
    }

    [Fact]
    public void Assemble_ContestsOnSeveralKeys_InOrderOfTheirFirstClaim()
    {
        var result = DecideBatch(
        [
            ClaimantM365("M-1", Partner, "2020-09-01"),
            Claimant("C-1", Partner, "2020-09-01"),
            Claimant("C-2", Rival, "2020-09-02"),
            ClaimantM365("M-2", Rival, "2020-09-02"),
        ]);

        Assert.Equal([TeamsKey, SalesKey], result.Arbitrations.Select(a => a.Key));
    }

    [Fact]
    public void Assemble_Explain_ArbitrationFiringsOnEveryClaimInvolved()
    {
        var result = DecideBatch([Claimant("C-1", Partner, "2020-09-01"), Claimant("C-2", Rival, "2020-09-02"), RawM365("M-1")]);

        Assert.Contains(result.Decision("C-1").Explanation, f => f.RuleId == "CPOR-D04");
        Assert.Contains(result.Decision("C-2").Explanation, f => f.RuleId == "CPOR-D04");
        Assert.Contains(result.Decision("C-1").Explanation, f => f.RuleId == "CPOR-025");
        Assert.Contains(result.Decision("C-1").Explanation, f => f.RuleId == "CPOR-D03");

        // M-1 is alone on its key: nobody to contend with, so neither admission nor ranking is judged for it.
        Assert.DoesNotContain(result.Decision("M-1").Explanation, f => f.RuleId is "CPOR-D03" or "CPOR-D04");
    }

    [Fact]
    public void Assemble_Explain_ArbitrationFiringProducesTheReportedContest()
    {
        var result = DecideBatch([Claimant("C-1", Partner, "2020-09-01")], Facts(associations: [Holds(Rival, Sales, Day("2020-09-10"))]));

        var firing = Assert.Single(result.Decision("C-1").Explanation, f => f.RuleId == "CPOR-D04");
        Assert.Same(Assert.Single(result.Arbitrations), Assert.Single(firing.Produced));
    }

    [Fact]
    public void Assemble_TieForFirst_ExplanationHasReviewFiring()
    {
        var result = DecideBatch([Claimant("C-1", Partner, "2020-09-05"), Claimant("C-2", Rival, "2020-09-05")]);

        Assert.All(result.Decisions, d => Assert.Contains(d.Explanation, f => f.RuleId == "CPOR-026"));
    }

    [Fact]
    public void Assemble_ExplainOff_ContestsStillReported()
    {
        var result = CporRuleSet.Default.EvaluateBatch([Claim(Claimant("C-1", Partner, "2020-09-01")), Claim(Claimant("C-2", Rival, "2020-09-02"))], Facts(), Runs.Quiet);

        Assert.Single(result.Arbitrations);
        Assert.All(result.Decisions, d => Assert.Single(d.Arbitrations));
        Assert.All(result.Decisions, d => Assert.Empty(d.Explanation));
    }

    [Fact]
    public void Assemble_ContestOutcomes_CountedInSummary()
    {
        var result = DecideBatch(
        [
            Claimant("C-1", Partner, "2020-09-01"),
            Claimant("C-2", Rival, "2020-09-02"),
            ClaimantM365("M-1", Partner, "2020-09-05"),
            ClaimantM365("M-2", Rival, "2020-09-05"),
        ]);

        Assert.Equal(new BatchSummary(4, Eligible: 1, Rejected: 1, ActionRequired: 0, UnderReview: 2, PartiallyEligible: 0), result.Summary);
    }

    [Fact]
    public void Assemble_ParallelEvaluation_SameContestsAsSequential()
    {
        var raws = new[]
        {
            Claimant("C-1", Partner, "2020-09-01"),
            Claimant("C-2", Rival, "2020-09-02"),
            Claimant("C-3", Third, "2020-09-02"),
            ClaimantM365("M-1", Partner, "2020-09-05"),
        };
        var facts = Facts(associations: [HoldsWorkload(Rival, "Teams", Day("2020-09-04"))]);

        var sequential = DecideBatch(raws, facts);
        var parallel = CporRuleSet.Default.EvaluateBatch(raws.Select(Claim), facts, Runs.Parallel);

        Assert.Equal(
            sequential.Arbitrations.Select(a => (a.Key, a.Verdict.Name, string.Join(";", a.Entries()))).OrderBy(a => a.Key.ToString()),
            parallel.Arbitrations.Select(a => (a.Key, a.Verdict.Name, string.Join(";", a.Entries()))).OrderBy(a => a.Key.ToString()));
    }
}
