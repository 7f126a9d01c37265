using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class UnknownPartnerRuleTests
{
    [Fact]
    public void Evaluate_KnownPartner_DoesNotFire()
    {
        Decide(Raw()).ShouldNotHaveFinding(FindingCode.UnknownPartner);
    }

    [Fact]
    public void Evaluate_UnknownPartner_ClaimLevelBlockingFindingAndNothingThatNeedsThePartner()
    {
        Decide(RawSalesAndService() with { PartnerId = UnknownPartner.ToString() })
            .ShouldHaveFindings(FindingCode.UnknownPartner).ShouldHaveClaimFinding(FindingCode.UnknownPartner, UnknownPartner.ToString())
            .ShouldBe(OutcomeKind.Rejected).ShouldBeOnEveryLine(OutcomeKind.Rejected);
    }

    [Fact]
    public void Evaluate_UnknownPartnerOnMicrosoft365Claim_Fires()
    {
        Decide(RawM365() with { PartnerId = UnknownPartner.ToString() }).ShouldHaveFindings(FindingCode.UnknownPartner);
    }

    [Fact]
    public void Evaluate_UnreadablePartnerId_IsInvalidClaimDataNotUnknownPartner()
    {
        Decide(Raw() with { PartnerId = "partner-1" }).ShouldHaveFindings(FindingCode.InvalidClaimData);
    }
}
