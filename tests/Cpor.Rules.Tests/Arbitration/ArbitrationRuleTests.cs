using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Evaluation;
using static Cpor.Rules.Tests.Arbitration.ArbitrationScenario;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Arbitration;

/// <summary>CPOR-D04 in the rule set: which contests exist, who is in them, and the incumbent of a key.</summary>
public sealed class ArbitrationRuleTests
{
    [Fact]
    public void Arbitrate_ClaimantNewerThanIncumbent_ClaimantEligibleAndContestRecorded()
    {
        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-09-15")], Facts(associations: [Holds(Rival, Sales, Day("2020-09-01"))]));

        Assert.Equal(OutcomeKind.Eligible, result.Decision("C-1").Kind);
        Assert.Empty(result.Decision("C-1").Findings);
        var contest = Assert.Single(result.Arbitrations);
        Assert.Equal(SalesKey, contest.Key);
        Assert.Equal([("C-1", 1, "PoeRecency"), ($"incumbent {Rival}", 2, null)], contest.Entries());
        Assert.Equal(ArbitrationVerdict.Decided, contest.Verdict);
    }

    [Fact]
    public void Arbitrate_ClaimantOlderThanIncumbent_RejectedWithCompetingClaimLost()
    {
        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-08-15")], Facts(associations: [Holds(Rival, Sales, Day("2020-09-01"))]));

        var decision = result.Decision("C-1");
        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
        Assert.Equal(["CompetingClaimLost"], decision.Codes());
        Assert.Equal([($"incumbent {Rival}", 1, "PoeRecency"), ("C-1", 2, null)], Assert.Single(result.Arbitrations).Entries());
    }

    [Fact]
    public void Arbitrate_ClaimantSameDateAsIncumbent_IncumbentKeepsKeyByIncumbency()
    {
        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-09-01")], Facts(associations: [Holds(Rival, Sales, Day("2020-09-01"))]));

        var decision = result.Decision("C-1");
        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
        Assert.Equal(["CompetingClaimLost"], decision.Codes());
        var contest = Assert.Single(result.Arbitrations);
        Assert.Equal(ArbitrationVerdict.Decided, contest.Verdict);
        Assert.Equal([($"incumbent {Rival}", 1, "Incumbency"), ("C-1", 2, null)], contest.Entries());
    }

    [Fact]
    public void Arbitrate_LoneEligibleLineWithoutIncumbent_NoContest()
    {
        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-09-01")]);

        Assert.Empty(result.Arbitrations);
        Assert.Equal(OutcomeKind.Eligible, result.Decision("C-1").Kind);
        Assert.Empty(result.Decision("C-1").Arbitrations);
    }

    [Fact]
    public void Arbitrate_IncumbentHeldBySamePartner_AlreadyClaimedAndNoContest()
    {
        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-09-15")], Facts(associations: [Holds(Scenario.Partner, Sales, Day("2020-09-01"))]));

        var decision = result.Decision("C-1");
        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
        Assert.Equal(["AlreadyClaimed"], decision.Codes());
        Assert.Empty(result.Arbitrations);
    }

    [Fact]
    public void Arbitrate_IncumbentHeldByOneClaimantsPartner_OtherClaimantContestsTheIncumbent()
    {
        var result = DecideBatch(
            [Claimant("C-1", Scenario.Partner, "2020-09-15"), Claimant("C-2", Rival, "2020-09-10")],
            Facts(associations: [Holds(Scenario.Partner, Sales, Day("2020-09-01"))]));

        Assert.Equal(["AlreadyClaimed"], result.Decision("C-1").Codes());
        Assert.Equal(OutcomeKind.Eligible, result.Decision("C-2").Kind);
        Assert.Equal([("C-2", 1, "PoeRecency"), ($"incumbent {Scenario.Partner}", 2, null)], Assert.Single(result.Arbitrations).Entries());
    }

    [Fact]
    public void Arbitrate_SeveralAssociationsOnKey_LatestApprovedIsTheIncumbent()
    {
        // The earlier approval carries the newer PoE: choosing the incumbent by PoE would make the claimant lose.
        Association[] associations =
        [
            new(Rival, Tenant, SolutionArea.BusinessApplications, Sales, null, Activity.Usage, Day("2020-06-01"), Day("2020-09-30")),
            new(Third, Tenant, SolutionArea.BusinessApplications, Sales, null, Activity.Usage, Day("2020-09-01"), Day("2020-08-01")),
        ];

        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-09-15")], Facts(associations: associations));

        Assert.Equal(OutcomeKind.Eligible, result.Decision("C-1").Kind);
        Assert.Equal([("C-1", 1, "PoeRecency"), ($"incumbent {Third}", 2, null)], Assert.Single(result.Arbitrations).Entries());
    }

    [Fact]
    public void Arbitrate_TwoClaimantsNoIncumbent_NewerWinsOlderLoses()
    {
        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-09-01"), Claimant("C-2", Rival, "2020-09-02")]);

        Assert.Equal(OutcomeKind.Rejected, result.Decision("C-1").Kind);
        Assert.Equal(["CompetingClaimLost"], result.Decision("C-1").Codes());
        Assert.Equal(OutcomeKind.Eligible, result.Decision("C-2").Kind);
        Assert.Equal([("C-2", 1, "PoeRecency"), ("C-1", 2, null)], Assert.Single(result.Arbitrations).Entries());
    }

    [Fact]
    public void Arbitrate_ManyClaimantsAndIncumbent_OnlyTheNewestEligible()
    {
        var result = DecideBatch(
            [
                Claimant("C-1", Scenario.Partner, "2020-09-03"),
                Claimant("C-2", Rival, "2020-09-09"),
                Claimant("C-3", Third, "2020-09-05"),
                Claimant("C-4", NotEnrolled, "2020-09-01"),
            ],
            Facts(associations: [Holds(GlobalAccount, Sales, Day("2020-09-07"))]));

        Assert.Equal(["C-2"], result.Decisions.Where(d => d.Kind == OutcomeKind.Eligible).Select(d => d.ClaimId!.Value.Value));
        Assert.All(["C-1", "C-3", "C-4"], id => Assert.Contains("CompetingClaimLost", result.Decision(id).Codes()));
        Assert.Equal(
            [("C-2", 1, "PoeRecency"), ($"incumbent {GlobalAccount}", 2, "PoeRecency"), ("C-3", 3, "PoeRecency"), ("C-1", 4, "PoeRecency"), ("C-4", 5, null)],
            Assert.Single(result.Arbitrations).Entries());
    }

    [Fact]
    public void Arbitrate_SamePartnerTwiceOnOneKey_OnlyTheKeptLineCompetes()
    {
        // C-2 is the later submission of the same partner: a duplicate, even though its PoE is the newest of all.
        var kept = Claimant("C-1", Scenario.Partner, "2020-09-05");
        var duplicate = Claimant("C-2", Scenario.Partner, "2020-09-20") with { SubmittedOn = "2020-10-02" };
        var rival = Claimant("C-3", Rival, "2020-09-10");

        var result = DecideBatch([duplicate, kept, rival]);

        Assert.Equal(["DuplicateClaim"], result.Decision("C-2").Codes());
        Assert.Empty(result.Decision("C-2").Arbitrations);
        Assert.Equal(["CompetingClaimLost"], result.Decision("C-1").Codes());
        Assert.Equal(OutcomeKind.Eligible, result.Decision("C-3").Kind);
        Assert.Equal([("C-3", 1, "PoeRecency"), ("C-1", 2, null)], Assert.Single(result.Arbitrations).Entries());
    }

    [Fact]
    public void Arbitrate_DuplicatePairAlone_NoContestAndKeptLineEligible()
    {
        var result = DecideBatch([Claimant("C-2", Scenario.Partner, "2020-09-20"), Claimant("C-1", Scenario.Partner, "2020-09-05")]);

        Assert.Empty(result.Arbitrations);
        Assert.Equal(OutcomeKind.Eligible, result.Decision("C-1").Kind);
        Assert.Equal(["DuplicateClaim"], result.Decision("C-2").Codes());
    }

    [Fact]
    public void Arbitrate_Microsoft365Claimants_ContestOnTheWorkloadKey()
    {
        var result = DecideBatch(
            [ClaimantM365("M-1", Scenario.Partner, "2020-09-05"), ClaimantM365("M-2", Rival, "2020-09-01")],
            Facts(associations: [HoldsWorkload(Third, "Teams", Day("2020-09-03"))]));

        var contest = Assert.Single(result.Arbitrations);
        Assert.Equal(TeamsKey, contest.Key);
        Assert.Equal("Teams", contest.Key.Workload);
        Assert.Null(contest.Key.SubscriptionId);
        Assert.Equal([("M-1", 1, "PoeRecency"), ($"incumbent {Third}", 2, "PoeRecency"), ("M-2", 3, null)], contest.Entries());
        Assert.Equal(OutcomeKind.Eligible, result.Decision("M-1").Kind);
        Assert.Equal(["CompetingClaimLost"], result.Decision("M-2").Codes());
    }

    [Fact]
    public void Arbitrate_WorkloadNamedInOtherLetterCase_SameKeyAsIncumbent()
    {
        var claim = ClaimantM365("M-1", Scenario.Partner, "2020-08-01") with { Products = ["TEAMS"] };

        var result = DecideBatch([claim], Facts(associations: [HoldsWorkload(Rival, "Teams", Day("2020-09-01"))]));

        Assert.Equal(["CompetingClaimLost"], result.Decision("M-1").Codes());
        Assert.Equal(TeamsKey, Assert.Single(result.Arbitrations).Key);
    }

    [Fact]
    public void Arbitrate_SameProductOnDifferentWorkloads_SeparateKeysNoContest()
    {
        var teams = ClaimantM365("M-1", Scenario.Partner, "2020-09-01");
        var exchange = ClaimantM365("M-2", Rival, "2020-09-05") with { Products = ["Exchange"] };

        var result = DecideBatch([teams, exchange]);

        Assert.Empty(result.Arbitrations);
        Assert.All(result.Decisions, d => Assert.Equal(OutcomeKind.Eligible, d.Kind));
    }

    [Fact]
    public void Arbitrate_BusinessApplicationsClaimsOnTheSameSubscriptionId_OneContest()
    {
        var first = Claimant("C-1", Scenario.Partner, "2020-09-05") with { Products = [ServiceProduct], SubscriptionId = ServiceOne.ToString() };
        var second = Claimant("C-2", Rival, "2020-09-01") with { Products = [ServiceProduct], SubscriptionId = ServiceOne.ToString() };

        var result = DecideBatch([first, second]);

        var contest = Assert.Single(result.Arbitrations);
        Assert.Equal(AssociationKey.ForSubscription(Tenant, ServiceOne), contest.Key);
        Assert.Equal([("C-1", 1, "PoeRecency"), ("C-2", 2, null)], contest.Entries());
    }

    [Fact]
    public void Arbitrate_SameProductOnDifferentSubscriptions_SeparateKeysNoContest()
    {
        var first = Claimant("C-1", Scenario.Partner, "2020-09-05") with { Products = [ServiceProduct], SubscriptionId = ServiceOne.ToString() };
        var second = Claimant("C-2", Rival, "2020-09-01") with { Products = [ServiceProduct], SubscriptionId = ServiceTwo.ToString() };

        var result = DecideBatch([first, second]);

        Assert.Empty(result.Arbitrations);
        Assert.All(result.Decisions, d => Assert.Equal(OutcomeKind.Eligible, d.Kind));
    }

    [Fact]
    public void Arbitrate_IncumbentOnAnotherTenantsSubscription_NoContest()
    {
        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-08-01")], Facts(associations: [Holds(Rival, OtherTenantSub, Day("2020-09-01"), OtherTenant)]));

        Assert.Empty(result.Arbitrations);
        Assert.Equal(OutcomeKind.Eligible, result.Decision("C-1").Kind);
    }

    [Fact]
    public void Arbitrate_LinesOfOneClaimOnDifferentKeys_ArbitratedSeparatelyAndClaimPartiallyEligible()
    {
        // C-1 claims Sales (resolved by name) and Customer Service (selected by the subscription ID).
        var both = Claimant("C-1", Scenario.Partner, "2020-09-10") with { Products = [SalesProduct, ServiceProduct], SubscriptionId = ServiceOne.ToString() };
        var salesRival = Claimant("C-2", Rival, "2020-09-20");
        var serviceRival = Claimant("C-3", Third, "2020-09-01") with { Products = [ServiceProduct], SubscriptionId = ServiceOne.ToString() };

        var result = DecideBatch([both, salesRival, serviceRival]);

        var decision = result.Decision("C-1");
        Assert.Equal(OutcomeKind.PartiallyEligible, decision.Kind);
        Assert.Equal(OutcomeKind.Rejected, decision.Lines[0].Outcome);
        Assert.Equal(["CompetingClaimLost"], decision.Lines[0].Findings.Select(f => f.Code.Name));
        Assert.Equal(OutcomeKind.Eligible, decision.Lines[1].Outcome);
        Assert.Empty(decision.Lines[1].Findings);
        Assert.Equal(2, result.Arbitrations.Count);
        Assert.Equal([("C-2", 1, "PoeRecency"), ("C-1", 2, null)], result.ContestOn(SalesKey).Entries());
        Assert.Equal([("C-1", 1, "PoeRecency"), ("C-3", 2, null)], result.ContestOn(AssociationKey.ForSubscription(Tenant, ServiceOne)).Entries());
    }

    [Fact]
    public void Arbitrate_CustomPolicyFromOptions_UsedByTheRuleSet()
    {
        var rules = RuleSetWith(RankingPolicy.Default.Then(EvidenceStrengthRankingRule.Instance));
        var weak = Claimant("C-1", Scenario.Partner, "2020-09-10").WithPoe(p => p with { Products = [SalesProduct] });
        var strong = Claimant("C-2", Rival, "2020-09-10").WithPoe(p => p with { Products = [SalesProduct, ServiceProduct] });

        var result = DecideBatch([weak, strong], rules: rules);

        Assert.Equal([("C-2", 1, "EvidenceStrength"), ("C-1", 2, null)], Assert.Single(result.Arbitrations).Entries());
        Assert.Equal(OutcomeKind.Eligible, result.Decision("C-2").Kind);
        Assert.Equal(["CompetingClaimLost"], result.Decision("C-1").Codes());
    }

    [Fact]
    public void Arbitrate_SameBatchWithDefaultPolicy_TieGoesToManualReview()
    {
        var weak = Claimant("C-1", Scenario.Partner, "2020-09-10").WithPoe(p => p with { Products = [SalesProduct] });
        var strong = Claimant("C-2", Rival, "2020-09-10").WithPoe(p => p with { Products = [SalesProduct, ServiceProduct] });

        var result = DecideBatch([weak, strong]);

        Assert.Equal(ArbitrationVerdict.ManualReview, Assert.Single(result.Arbitrations).Verdict);
    }

    [Fact]
    public void Rules_ArbitrationRule_RegisteredAsCporD04()
    {
        var metadata = Assert.Single(Cpor.Rules.Evaluation.CporRuleSet.Default.Rules, r => r.Id == "CPOR-D04");

        Assert.Equal("RankContenders", metadata.Name);
        Assert.Contains("arbitration", metadata.Tags);
    }
}
