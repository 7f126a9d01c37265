using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class SubscriptionNotInTenantRuleTests
{
    [Fact]
    public void Evaluate_IdOfTheTenantsSubscription_DoesNotFire()
    {
        var decision = Decide(RawSalesAndService());

        Assert.False(decision.Has(FindingCode.SubscriptionNotInTenant));
        Assert.Equal(ServiceOne, decision.Line(ServiceProduct).SubscriptionId);
    }

    [Fact]
    public void Evaluate_IdOfAnotherTenantsSubscription_FiresOnEveryBusinessApplicationsLine()
    {
        var decision = Decide(RawSalesAndService() with { SubscriptionId = OtherTenantSub.ToString() });

        Assert.Equal(["SubscriptionNotInTenant", "SubscriptionNotInTenant"], decision.Codes());
        Assert.Equal([SalesProduct, ServiceProduct], decision.Findings.Select(f => f.Product));
        Assert.All(decision.Findings, f => Assert.Equal(OtherTenantSub.ToString(), f.Detail));
        Assert.All(decision.Lines, line =>
        {
            Assert.Equal(OutcomeKind.Rejected, line.Outcome);
            Assert.Null(line.Key);
        });
    }

    [Fact]
    public void Evaluate_IdThatNoSubscriptionHas_Fires()
    {
        var decision = Decide(Raw() with { SubscriptionId = "bbbbbbbb-0000-4000-8000-000000000009" });

        Assert.Equal(SalesProduct, decision.Single(FindingCode.SubscriptionNotInTenant).Product);
        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
    }

    [Fact]
    public void Evaluate_ForeignIdOnMicrosoft365Claim_IsIgnored()
    {
        var decision = Decide(RawM365() with { SubscriptionId = OtherTenantSub.ToString() });

        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
    }

    [Fact]
    public void Evaluate_UnknownTenant_OnlyTenantNotFound()
    {
        var decision = Decide(Raw() with { TenantId = UnknownTenant.ToString(), SubscriptionId = OtherTenantSub.ToString() });

        Assert.Equal(["TenantNotFound"], decision.Codes());
    }
}
