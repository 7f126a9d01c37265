using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class GlobalPartnerIdRuleTests
{
    [Fact]
    public void Evaluate_LocationPartnerId_DoesNotFire()
    {
        Decide(Raw() with { PartnerId = Rival.ToString() }).ShouldNotHaveFinding(FindingCode.GlobalPartnerId).ShouldBe(OutcomeKind.Eligible);
    }

    [Fact]
    public void Evaluate_GlobalAccountId_ClaimLevelBlockingFindingOnEveryLine()
    {
        Decide(RawSalesAndService() with { PartnerId = GlobalAccount.ToString() })
            .ShouldHaveFindings(FindingCode.GlobalPartnerId).ShouldHaveClaimFinding(FindingCode.GlobalPartnerId, GlobalAccount.ToString())
            .ShouldBe(OutcomeKind.Rejected).ShouldBeOnEveryLine(OutcomeKind.Rejected);
    }

    [Fact]
    public void Evaluate_GlobalAccountIdOnMicrosoft365Claim_Fires()
    {
        Decide(RawM365() with { PartnerId = GlobalAccount.ToString() }).ShouldHaveFindings(FindingCode.GlobalPartnerId);
    }
}
