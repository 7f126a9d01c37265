using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class TenantNotFoundRuleTests
{
    [Fact]
    public void Evaluate_KnownTenant_DoesNotFire()
    {
        Decide(Raw()).ShouldNotHaveFinding(FindingCode.TenantNotFound);
    }

    [Fact]
    public void Evaluate_AnotherKnownTenantWithItsOwnDomainAndSubscription_IsEligible()
    {
        var decision = Decide(Raw() with { TenantId = OtherTenant.ToString(), CustomerDomain = "fabrikam.com" }).ShouldBe(OutcomeKind.Eligible);

        Assert.Equal(OtherTenantSub, Assert.Single(decision.Lines).SubscriptionId);
    }

    [Fact]
    public void Evaluate_UnknownTenant_ClaimLevelBlockingFindingOnEveryLine()
    {
        Decide(RawSalesAndService() with { TenantId = UnknownTenant.ToString() })
            .ShouldHaveFindings(FindingCode.TenantNotFound).ShouldHaveClaimFinding(FindingCode.TenantNotFound, UnknownTenant.ToString())
            .ShouldBe(OutcomeKind.Rejected).ShouldBeOnEveryLine(OutcomeKind.Rejected);
    }

    [Fact]
    public void Evaluate_UnknownTenant_ChecksThatNeedTheTenantDoNotRun()
    {
        var raw = Raw() with
        {
            TenantId = UnknownTenant.ToString(),
            CustomerDomain = "wrong.example.com",
            Products = [SalesProduct, AbsentProduct, ServiceProduct],
        };

        var decision = Decide(raw.WithPoe(p => p with { Products = [SalesProduct, AbsentProduct, ServiceProduct] }));

        Assert.All(decision.ShouldHaveFindings(FindingCode.TenantNotFound).Lines, line => Assert.Null(line.Key));
    }

    [Fact]
    public void Evaluate_UnknownTenantOnMicrosoft365Claim_Fires()
    {
        Decide(RawM365() with { TenantId = UnknownTenant.ToString() }).ShouldHaveFindings(FindingCode.TenantNotFound).ShouldBe(OutcomeKind.Rejected);
    }

    [Fact]
    public void Evaluate_UnreadableTenantId_IsInvalidClaimDataNotTenantNotFound()
    {
        Decide(Raw() with { TenantId = "11111111-1111" }).ShouldHaveFindings(FindingCode.InvalidClaimData);
    }
}
