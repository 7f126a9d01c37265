using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using static Cpor.Rules.Tests.Arbitration.ArbitrationScenario;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Arbitration;

/// <summary>CPOR-D03: which lines become contenders. Observed in the explanations, then in the decisions.</summary>
public sealed class ContenderRuleTests
{
    /// <summary>An incumbent partner that no test claims for.</summary>
    private static readonly PartnerId Holder = PartnerId.Parse("9812345");

    [Fact]
    public void Contenders_EligibleLineAloneOnItsKey_NotJudgedAndStillEligible()
    {
        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-09-01")]);

        Assert.DoesNotContain(result.Decisions[0].Explanation, f => f.RuleId == "CPOR-D03");
        Assert.Equal(OutcomeKind.Eligible, result.Decisions[0].Kind);
        Assert.Empty(result.Arbitrations);
    }

    [Fact]
    public void Contenders_EligibleLine_BecomesContenderOnItsKey()
    {
        var contender = Assert.Single(ContendersOf([Claimant("C-1", Scenario.Partner, "2020-09-01")]));

        Assert.Equal(SalesKey, contender.Key);
        Assert.Equal("C-1", contender.ClaimId!.Value.Value);
        Assert.Equal(Day("2020-09-01"), contender.PoeAcknowledgedOn);
    }

    [Fact]
    public void Contenders_AdvisoryOnly_StillContends()
    {
        // PartnerNotEnrolled and AssociationOnly are advisories: they never change an outcome.
        var raw = Claimant("C-1", NotEnrolled, "2020-09-01") with { Activity = "RevenueAssociation" };

        Assert.Single(ContendersOf([raw]));
        Assert.Equal(["PartnerNotEnrolled", "AssociationOnly"], Decide(raw).Codes());
    }

    [Theory]
    [InlineData("no PoE")]
    [InlineData("no acknowledgment")]
    [InlineData("wrong domain")]
    [InlineData("old PoE")]
    [InlineData("service not described")]
    [InlineData("unauthorized submitter")]
    public void Contenders_LineWithBlockingOrActionRequiredFinding_DoesNotContend(string defect)
        => Assert.Empty(ContendersOf([WithDefect(Claimant("C-1", Scenario.Partner, "2020-09-01"), defect)]));

    [Theory]
    [InlineData("no PoE", "MissingAllPoe")]
    [InlineData("wrong domain", "DomainTenantMismatch")]
    [InlineData("old PoE", "MissingOrOldDates")]
    [InlineData("service not described", "MissingPartnerService")]
    public void Arbitrate_IneligibleRivalWithNewerPoe_DoesNotCompete(string defect, string code)
    {
        var rival = WithDefect(Claimant("C-2", Rival, "2020-09-20"), defect);

        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-09-01"), rival]);

        Assert.Empty(result.Arbitrations);
        Assert.Equal(OutcomeKind.Eligible, result.Decision("C-1").Kind);
        Assert.Equal([code], result.Decision("C-2").Codes());
    }

    [Fact]
    public void Arbitrate_IneligibleRivalAmongEligibleOnes_LeftOutOfTheRanking()
    {
        var result = DecideBatch(
        [
            Claimant("C-1", Scenario.Partner, "2020-09-01"),
            WithDefect(Claimant("C-2", Rival, "2020-09-20"), "wrong domain"),
            Claimant("C-3", Third, "2020-09-05"),
        ]);

        Assert.Equal([("C-3", 1, "PoeRecency"), ("C-1", 2, null)], Assert.Single(result.Arbitrations).Entries());
        Assert.DoesNotContain("CompetingClaimLost", result.Decision("C-2").Codes());
    }

    [Fact]
    public void Contenders_ClaimLevelFindingOnMultiLineClaim_NoLineContends()
    {
        var raw = Claimant("C-1", Scenario.Partner, "2020-09-01") with { SubmittedBy = "Other", Products = [SalesProduct, ServiceProduct], SubscriptionId = ServiceOne.ToString() };

        Assert.Empty(ContendersOf([raw]));
    }

    [Fact]
    public void Contenders_OneLineWithItsOwnFinding_OtherLineStillContends()
    {
        // The PoE lists Sales only: the Customer Service line gets MissingProducts, the Sales line stays eligible.
        var raw = (Claimant("C-1", Scenario.Partner, "2020-09-01") with { Products = [SalesProduct, ServiceProduct], SubscriptionId = ServiceOne.ToString() })
            .WithPoe(p => p with { Products = [SalesProduct] });

        var contender = Assert.Single(ContendersOf([raw]));

        Assert.Equal(0, contender.Line!.Index);
    }

    private static UnvalidatedClaim WithDefect(UnvalidatedClaim raw, string defect) => defect switch
    {
        "no PoE" => raw with { ProofOfExecution = null },
        "no acknowledgment" => raw.WithPoe(p => p with { CustomerAcknowledgedOn = null }),
        "wrong domain" => raw with { CustomerDomain = "fabrikam.com" },
        "old PoE" => raw.WithPoe(p => p with { CustomerAcknowledgedOn = "2019-09-01" }),
        "service not described" => raw.WithPoe(p => p with { DescribesPartnerService = false }),
        "unauthorized submitter" => raw with { SubmittedBy = "IncentivesUser" },
        _ => throw new ArgumentOutOfRangeException(nameof(defect), defect, null),
    };

    /// <summary>
    /// The contenders CPOR-D03 admitted, read from the explanations of the decisions. Every key has an incumbent with
    /// an old PoE here, so that each keyed line has a party to contend with (a line alone on its key is not judged).
    /// </summary>
    private static IReadOnlyList<Contender> ContendersOf(IEnumerable<UnvalidatedClaim> raws)
        => [.. DecideBatch(raws, Facts(associations: [.. new[] { Sales, ServiceOne, ServiceTwo }.Select(s => Holds(Holder, s, Day("2019-01-01")))]))
            .Decisions
            .SelectMany(d => d.Explanation)
            .Where(f => f.RuleId == "CPOR-D03")
            .SelectMany(f => f.Facts)
            .OfType<Contender>()
            .Distinct()];
}
