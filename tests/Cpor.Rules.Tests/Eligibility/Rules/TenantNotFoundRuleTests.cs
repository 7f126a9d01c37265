using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class TenantNotFoundRuleTests
{
    [Fact]
    public void Evaluate_KnownTenant_DoesNotFire()
    {
        Assert.False(Decide(Raw()).Has(FindingCode.TenantNotFound));
    }

    [Fact]
    public void Evaluate_AnotherKnownTenantWithItsOwnDomainAndSubscription_IsEligible()
    {
        var raw = Raw() with { TenantId = OtherTenant.ToString(), CustomerDomain = "fabrikam.com" };

        var decision = Decide(raw);

        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
        Assert.Equal(OtherTenantSub, Assert.Single(decision.Lines).SubscriptionId);
    }

    [Fact]
    public void Evaluate_UnknownTenant_ClaimLevelBlockingFindingOnEveryLine()
    {
        var raw = RawSalesAndService() with { TenantId = UnknownTenant.ToString() };

        var decision = Decide(raw);

        var finding = decision.Single(FindingCode.TenantNotFound);
        Assert.Null(finding.Product);
        Assert.Equal(UnknownTenant.ToString(), finding.Detail);
        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
        Assert.All(decision.Lines, line => Assert.Equal(OutcomeKind.Rejected, line.Outcome));
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

        Assert.Equal(["TenantNotFound"], decision.Codes());
        Assert.All(decision.Lines, line => Assert.Null(line.Key));
    }

    [Fact]
    public void Evaluate_UnknownTenantOnMicrosoft365Claim_Fires()
    {
        var decision = Decide(RawM365() with { TenantId = UnknownTenant.ToString() });

        Assert.Equal(["TenantNotFound"], decision.Codes());
        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
    }

    [Fact]
    public void Evaluate_UnreadableTenantId_IsInvalidClaimDataNotTenantNotFound()
    {
        var decision = Decide(Raw() with { TenantId = "11111111-1111" });

        Assert.Equal(["InvalidClaimData"], decision.Codes());
    }
}
