using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class UnknownPartnerRuleTests
{
    [Fact]
    public void Evaluate_KnownPartner_DoesNotFire()
    {
        Assert.False(Decide(Raw()).Has(FindingCode.UnknownPartner));
    }

    [Fact]
    public void Evaluate_UnknownPartner_ClaimLevelBlockingFindingAndNothingThatNeedsThePartner()
    {
        var decision = Decide(RawSalesAndService() with { PartnerId = UnknownPartner.ToString() });

        Assert.Equal(["UnknownPartner"], decision.Codes());
        var finding = decision.Single(FindingCode.UnknownPartner);
        Assert.Null(finding.Product);
        Assert.Equal(UnknownPartner.ToString(), finding.Detail);
        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
        Assert.All(decision.Lines, line => Assert.Equal(OutcomeKind.Rejected, line.Outcome));
    }

    [Fact]
    public void Evaluate_UnknownPartnerOnMicrosoft365Claim_Fires()
    {
        Assert.Equal(["UnknownPartner"], Decide(RawM365() with { PartnerId = UnknownPartner.ToString() }).Codes());
    }

    [Fact]
    public void Evaluate_UnreadablePartnerId_IsInvalidClaimDataNotUnknownPartner()
    {
        Assert.Equal(["InvalidClaimData"], Decide(Raw() with { PartnerId = "partner-1" }).Codes());
    }
}
