using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class SubscriptionNotInTenantRuleTests
{
    [Fact]
    public void Evaluate_IdOfTheTenantsSubscription_DoesNotFire()
    {
        Assert.Equal(ServiceOne, Decide(RawSalesAndService()).ShouldNotHaveFinding(FindingCode.SubscriptionNotInTenant).Line(ServiceProduct).SubscriptionId);
    }

    [Fact]
    public void Evaluate_IdOfAnotherTenantsSubscription_FiresOnEveryBusinessApplicationsLine()
    {
        var decision = Decide(RawSalesAndService() with { SubscriptionId = OtherTenantSub.ToString() })
            .ShouldHaveFindings(FindingCode.SubscriptionNotInTenant, FindingCode.SubscriptionNotInTenant).ShouldBeOnEveryLine(OutcomeKind.Rejected)
            .ShouldHaveFinding(FindingCode.SubscriptionNotInTenant, SalesProduct, OtherTenantSub.ToString())
            .ShouldHaveFinding(FindingCode.SubscriptionNotInTenant, ServiceProduct, OtherTenantSub.ToString());

        Assert.All(decision.Lines, line => Assert.Null(line.Key));
    }

    [Fact]
    public void Evaluate_IdThatNoSubscriptionHas_Fires()
    {
        Decide(Raw() with { SubscriptionId = "bbbbbbbb-0000-4000-8000-000000000009" })
            .ShouldHaveFinding(FindingCode.SubscriptionNotInTenant, SalesProduct).ShouldBe(OutcomeKind.Rejected);
    }

    [Fact]
    public void Evaluate_ForeignIdOnMicrosoft365Claim_IsIgnored()
    {
        Decide(RawM365() with { SubscriptionId = OtherTenantSub.ToString() }).ShouldBe(OutcomeKind.Eligible);
    }

    [Fact]
    public void Evaluate_UnknownTenant_OnlyTenantNotFound()
    {
        Decide(Raw() with { TenantId = UnknownTenant.ToString(), SubscriptionId = OtherTenantSub.ToString() }).ShouldHaveFindings(FindingCode.TenantNotFound);
    }
}
