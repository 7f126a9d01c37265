using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility;

/// <summary>
/// The outcome of a claim from the outcomes of its lines (DOMAIN.md section 4, "Outcome of a claim"), as
/// <c>DecisionAssembler</c> applies it.
/// </summary>
public sealed class OutcomePrecedenceTests
{
    private const string FieldService = "Dynamics 365 Field Service";

    [Fact]
    public void Evaluate_EveryLineEligible_Eligible()
    {
        var decision = Decide(RawSalesAndService());

        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
        Assert.True(decision.Outcome.IsT0);
        Assert.Equal([OutcomeKind.Eligible, OutcomeKind.Eligible], LineOutcomes(decision));
    }

    [Fact]
    public void Evaluate_EveryLineRejected_Rejected()
    {
        var decision = Decide(Listing(Raw() with { Products = [AbsentProduct, FieldService] }));

        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
        Assert.True(decision.Outcome.IsT4);
        Assert.Equal([OutcomeKind.Rejected, OutcomeKind.Rejected], LineOutcomes(decision));
    }

    [Fact]
    public void Evaluate_SomeLinesEligibleSomeRejected_PartiallyEligible()
    {
        var decision = Decide(Listing(Raw() with { Products = [SalesProduct, AbsentProduct] }));

        Assert.Equal(OutcomeKind.PartiallyEligible, decision.Kind);
        Assert.True(decision.Outcome.IsT1);
        Assert.Equal([OutcomeKind.Eligible, OutcomeKind.Rejected], LineOutcomes(decision));
    }

    [Fact]
    public void Evaluate_ActionRequiredAndRejectedLines_ActionRequired()
    {
        var raw = Listing(Raw() with { Products = [SalesProduct, AbsentProduct] }).WithPoe(p => p with { Products = [AbsentProduct] });

        var decision = Decide(raw);

        Assert.Equal([OutcomeKind.ActionRequired, OutcomeKind.Rejected], LineOutcomes(decision));
        Assert.Equal(OutcomeKind.ActionRequired, decision.Kind);
    }

    [Fact]
    public void Evaluate_ActionRequiredEligibleAndRejectedLines_ActionRequiredBeatsPartiallyEligible()
    {
        var raw = Listing(RawSalesAndService() with { Products = [SalesProduct, ServiceProduct, AbsentProduct] })
            .WithPoe(p => p with { Products = [SalesProduct, AbsentProduct] });

        var decision = Decide(raw);

        Assert.Equal([OutcomeKind.Eligible, OutcomeKind.ActionRequired, OutcomeKind.Rejected], LineOutcomes(decision));
        Assert.Equal(OutcomeKind.ActionRequired, decision.Kind);
        Assert.True(decision.Outcome.IsT2);
    }

    [Fact]
    public void EvaluateBatch_UnderReviewAndActionRequiredLines_ActionRequiredBeatsUnderReview()
    {
        var claim = RawSalesAndService("C-1").WithPoe(p => p with { Products = [SalesProduct] });

        var decision = DecideBatch([claim, RivalOnSales()]).Decisions[0];

        Assert.Equal([OutcomeKind.UnderReview, OutcomeKind.ActionRequired], LineOutcomes(decision));
        Assert.Equal(OutcomeKind.ActionRequired, decision.Kind);
    }

    [Fact]
    public void EvaluateBatch_UnderReviewEligibleAndRejectedLines_UnderReviewBeatsPartiallyEligible()
    {
        var claim = Listing(RawSalesAndService("C-1") with { Products = [SalesProduct, ServiceProduct, AbsentProduct] });

        var decision = DecideBatch([claim, RivalOnSales()]).Decisions[0];

        Assert.Equal([OutcomeKind.UnderReview, OutcomeKind.Eligible, OutcomeKind.Rejected], LineOutcomes(decision));
        Assert.Equal(OutcomeKind.UnderReview, decision.Kind);
        Assert.True(decision.Outcome.IsT3);
    }

    [Fact]
    public void EvaluateBatch_UnderReviewAndEligibleLines_UnderReview()
    {
        var decision = DecideBatch([RawSalesAndService("C-1"), RivalOnSales()]).Decisions[0];

        Assert.Equal([OutcomeKind.UnderReview, OutcomeKind.Eligible], LineOutcomes(decision));
        Assert.Equal(OutcomeKind.UnderReview, decision.Kind);
    }

    [Fact]
    public void Evaluate_ClaimLevelBlockingFinding_RejectsEveryLineWhateverTheLineFindings()
    {
        var raw = (RawSalesAndService() with { SubmittedBy = "Other" }).WithPoe(p => p with { Products = [SalesProduct] });

        var decision = Decide(raw);

        Assert.Equal([OutcomeKind.Rejected, OutcomeKind.Rejected], LineOutcomes(decision));
        Assert.Empty(decision.Line(SalesProduct).Findings);
        Assert.Equal(["MissingProducts"], decision.Line(ServiceProduct).Findings.Select(f => f.Code.Name));
        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
    }

    [Fact]
    public void Evaluate_ClaimLevelActionRequiredFinding_AppliesToEveryLineButLineLevelBlockingStillRejects()
    {
        var raw = Listing(Raw() with { Products = [SalesProduct, AbsentProduct] }).WithPoe(p => p with { DescribesPartnerService = false });

        var decision = Decide(raw);

        Assert.Equal([OutcomeKind.ActionRequired, OutcomeKind.Rejected], LineOutcomes(decision));
        Assert.Equal(OutcomeKind.ActionRequired, decision.Kind);
    }

    [Fact]
    public void Evaluate_Findings_ClaimLevelFirstThenLineByLineEachInRuleOrder()
    {
        var raw = Listing(Raw() with { Products = [ServiceProduct, AbsentProduct, SalesProduct], SubmittedBy = "Other" })
            .WithPoe(p => p with { DescribesPartnerService = false, Products = [AbsentProduct] });

        var decision = Decide(raw);

        Assert.Equal(
            [
                ("RoleNotAuthorized", null), ("MissingPartnerService", null),
                ("SubscriptionIdRequired", ServiceProduct), ("MissingProducts", ServiceProduct),
                ("ProductNotInTenant", AbsentProduct),
                ("MissingProducts", SalesProduct),
            ],
            decision.Findings.Select(f => (f.Code.Name, f.Product)));
    }

    public static TheoryData<string> Outcomes => ["Eligible", "PartiallyEligible", "ActionRequired", "UnderReview", "Rejected"];

    /// <summary>
    /// The same claims with three advisories added (partner not enrolled, revenue association, subscription in
    /// grace): every line and claim outcome stays as it was.
    /// </summary>
    [Theory]
    [MemberData(nameof(Outcomes))]
    public void EvaluateBatch_AdvisoriesAdded_NoOutcomeChanges(string outcome)
    {
        var claim = outcome switch
        {
            "Eligible" => RawSalesAndService("C-1"),
            "PartiallyEligible" => Listing(RawSalesAndService("C-1") with { Products = [SalesProduct, AbsentProduct] }),
            "ActionRequired" => RawSalesAndService("C-1").WithPoe(p => p with { Products = [ServiceProduct] }),
            "UnderReview" => RawSalesAndService("C-1"),
            _ => RawSalesAndService("C-1") with { SubmittedBy = "IncentivesUser" },
        };
        UnvalidatedClaim[] others = outcome == "UnderReview" ? [RivalOnSales()] : [];
        var plainFacts = Facts();
        var graceFacts = Facts(SubscriptionsWith(Sales, state: SubscriptionState.InGrace));
        var advised = claim with { PartnerId = NotEnrolled.ToString(), Activity = "RevenueAssociation" };

        var plain = DecideBatch([claim, .. others], plainFacts).Decisions[0];
        var withAdvisories = DecideBatch([advised, .. others], graceFacts).Decisions[0];

        Assert.Equal(outcome, plain.Kind.Name);
        Assert.Equal(plain.Kind, withAdvisories.Kind);
        Assert.Equal(LineOutcomes(plain), LineOutcomes(withAdvisories));
        Assert.True(withAdvisories.Has(FindingCode.PartnerNotEnrolled));
        Assert.True(withAdvisories.Has(FindingCode.AssociationOnly));
        Assert.True(withAdvisories.Has(FindingCode.SubscriptionInGrace));
    }

    [Fact]
    public void EvaluateBatch_Summary_CountsEachOutcome()
    {
        var result = DecideBatch(
        [
            RawM365("M-1"),
            Listing(Raw("C-1") with { Products = [SalesProduct, AbsentProduct] }),
            ServiceClaim("C-2", ServiceOne) with { ProofOfExecution = null },
            ServiceClaim("C-3", ServiceTwo),
            ServiceClaim("C-4", ServiceTwo) with { PartnerId = Rival.ToString() },
            RawM365("M-2") with { Products = ["Exchange"], SubmittedBy = "Other" },
        ]);

        Assert.Equal(new BatchSummary(6, Eligible: 1, Rejected: 1, ActionRequired: 1, UnderReview: 2, PartiallyEligible: 1), result.Summary);
    }

    private static UnvalidatedClaim ServiceClaim(string id, SubscriptionId service)
        => Raw(id) with { Products = [ServiceProduct], SubscriptionId = service.ToString() };

    /// <summary>A rival's claim on the Sales subscription, acknowledged on the same day: a tie for first place.</summary>
    private static UnvalidatedClaim RivalOnSales() => Raw("R-1") with { PartnerId = Rival.ToString() };

    /// <summary>The claim with a PoE that lists every product claimed, so that MissingProducts stays out of the way.</summary>
    private static UnvalidatedClaim Listing(UnvalidatedClaim raw) => raw.WithPoe(p => p with { Products = raw.Products });

    private static OutcomeKind[] LineOutcomes(ClaimDecision decision) => [.. decision.Lines.Select(l => l.Outcome)];
}
