using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility;

public sealed class CporRuleSetTests
{
    [Fact]
    public void Evaluate_CleanBusinessApplicationsClaim_IsEligibleWithoutFindings()
    {
        var decision = Decide(Raw());

        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
        Assert.Empty(decision.Findings);
        var line = Assert.Single(decision.Lines);
        Assert.Equal(Sales, line.SubscriptionId);
        Assert.Equal(OutcomeKind.Eligible, line.Outcome);
    }

    [Fact]
    public void Evaluate_CleanMicrosoft365Claim_IsEligibleOnWorkloadKey()
    {
        var decision = Decide(RawM365());

        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
        Assert.Equal("Teams", Assert.Single(decision.Lines).Workload);
    }

    [Fact]
    public void Evaluate_ClaimWithSeveralDefects_ReportsEveryOne()
    {
        var raw = Raw() with
        {
            SubmittedBy = "IncentivesUser",
            CustomerDomain = "wrong.example.com",
            PartnerId = GlobalAccount.ToString(),
            ProofOfExecution = new UnvalidatedProofOfExecution { CustomerAcknowledgedOn = null, DescribesPartnerService = false, Products = [] },
        };

        var decision = Decide(raw);

        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
        Assert.Equal(
            ["DomainTenantMismatch", "RoleNotAuthorized", "GlobalPartnerId", "MissingCustomerAcknowledgment", "MissingOrOldDates", "MissingPartnerService", "MissingProducts"],
            decision.Codes());
    }

    [Fact]
    public void EvaluateBatch_MalformedClaim_OnlyThatClaimIsRejected()
    {
        var result = DecideBatch([Raw("C-1"), Raw("C-2") with { Activity = "Selling", TenantId = "not-a-guid" }, RawM365("C-3")]);

        Assert.Equal(["C-1", "C-2", "C-3"], result.Decisions.Select(d => d.ClaimId!.Value.Value));
        Assert.Equal(OutcomeKind.Eligible, result.Decisions[0].Kind);
        Assert.Equal(OutcomeKind.Rejected, result.Decisions[1].Kind);
        Assert.All(result.Decisions[1].Findings, f => Assert.Equal(FindingCode.InvalidClaimData, f.Code));
        Assert.Equal(2, result.Decisions[1].Findings.Count);
        Assert.Equal(OutcomeKind.Eligible, result.Decisions[2].Kind);
    }

    [Fact]
    public void EvaluateBatch_TwoPartnersNewerPoeWins_LoserRejectedWithCompetingClaimLost()
    {
        var older = Raw("C-1").WithPoe(p => p with { CustomerAcknowledgedOn = "2020-08-01" });
        var newer = Raw("C-2") with { PartnerId = Rival.ToString() };

        var result = DecideBatch([older, newer]);

        Assert.Equal(OutcomeKind.Rejected, result.Decisions[0].Kind);
        Assert.Equal(["CompetingClaimLost"], result.Decisions[0].Codes());
        Assert.Equal(OutcomeKind.Eligible, result.Decisions[1].Kind);
        var contest = Assert.Single(result.Arbitrations);
        Assert.Equal(Cpor.Rules.Arbitration.ArbitrationVerdict.Decided, contest.Verdict);
        Assert.Equal("PoeRecency", contest.Ranking[0].SeparatedBy);
    }

    [Fact]
    public void EvaluateBatch_Parallel_EqualsSequential()
    {
        var raws = Enumerable.Range(0, 40).Select(i => i % 3 == 0 ? RawM365($"M-{i}") : Raw($"C-{i}") with { PartnerId = (i % 2 == 0 ? Rival : Scenario.Partner).ToString() }).ToList();

        var sequential = DecideBatch(raws);
        var parallel = CporRuleSet.Default.EvaluateBatch(raws.Select(Claim), Facts(), Runs.Parallel);

        Assert.Equal(
            sequential.Decisions.Select(d => (d.ClaimId, d.Kind.Name, string.Join(",", d.Codes()))),
            parallel.Decisions.Select(d => (d.ClaimId, d.Kind.Name, string.Join(",", d.Codes()))));
        Assert.Equal(sequential.Arbitrations.Count, parallel.Arbitrations.Count);
    }

    [Fact]
    public void Evaluate_Explanation_NamesTheRulesThatFiredOnTheClaim()
    {
        var decision = Decide(Raw() with { SubmittedBy = "Other" }, Facts(associations: [Holds(Rival, Sales, SubmittedOn.AddMonths(-2))]));

        Assert.Contains(decision.Explanation, f => f.RuleId == "CPOR-004");
        Assert.Contains(decision.Explanation, f => f.RuleId == "CPOR-D01");
    }
}
