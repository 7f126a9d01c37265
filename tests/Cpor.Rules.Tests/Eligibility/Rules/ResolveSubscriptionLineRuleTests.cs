using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class ResolveSubscriptionLineRuleTests
{
    [Fact]
    public void Evaluate_ProductByNameAndProductById_EachLineGetsItsOwnSubscriptionKey()
    {
        var decision = Decide(RawSalesAndService() with { SubscriptionId = ServiceTwo.ToString() });

        Assert.Equal(AssociationKey.ForSubscription(Tenant, Sales), decision.Line(SalesProduct).Key);
        Assert.Equal(AssociationKey.ForSubscription(Tenant, ServiceTwo), decision.Line(ServiceProduct).Key);
        Assert.Contains(decision.Explanation, f => f.RuleId == "CPOR-D01");
    }

    [Fact]
    public void Evaluate_UnknownTenant_NoLineIsResolved()
    {
        var decision = Decide(Raw() with { TenantId = UnknownTenant.ToString() });

        Assert.Null(Assert.Single(decision.Lines).Key);
        Assert.DoesNotContain(decision.Explanation, f => f.RuleId == "CPOR-D01");
    }

    [Fact]
    public void Evaluate_Microsoft365Claim_NotResolvedBySubscription()
    {
        var decision = Decide(RawM365() with { SubscriptionId = Sales.ToString() });

        Assert.Null(Assert.Single(decision.Lines).SubscriptionId);
        Assert.DoesNotContain(decision.Explanation, f => f.RuleId == "CPOR-D01");
    }
}
