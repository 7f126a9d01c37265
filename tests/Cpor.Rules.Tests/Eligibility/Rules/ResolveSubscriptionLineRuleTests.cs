using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
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
    }

    [Fact]
    public void Evaluate_KeyHeldByAnIncumbent_LineIsKeyed()
    {
        var decision = Decide(Raw(), Facts(associations: [Holds(Rival, Sales, SubmittedOn.AddMonths(-2))]));

        var firing = Assert.Single(decision.Explanation, f => f.RuleId == "CPOR-D01");
        Assert.Equal(SalesProduct, Assert.IsType<LineFact>(Assert.Single(firing.Facts)).Product);
    }

    [Fact]
    public void Evaluate_KeyClaimedByAnotherClaim_BothLinesAreKeyed()
    {
        var result = DecideBatch([Raw("C-1"), Raw("C-2") with { PartnerId = Rival.ToString() }]);

        Assert.All(result.Decisions, d => Assert.Contains(d.Explanation, f => f.RuleId == "CPOR-D01"));
    }

    [Fact]
    public void Evaluate_LineAloneOnItsKey_NotKeyedButStillResolved()
    {
        var decision = Decide(Raw());

        Assert.Equal(AssociationKey.ForSubscription(Tenant, Sales), Assert.Single(decision.Lines).Key);
        Assert.DoesNotContain(decision.Explanation, f => f.RuleId == "CPOR-D01");
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

    [Fact]
    public void Evaluate_Microsoft365LineKeyedByAnIncumbent_KeyedByTheWorkloadRuleOnly()
    {
        var decision = Decide(RawM365(), Facts(associations: [HoldsWorkload(Rival, "Teams", SubmittedOn.AddMonths(-2))]));

        Assert.Contains(decision.Explanation, f => f.RuleId == "CPOR-D02");
        Assert.DoesNotContain(decision.Explanation, f => f.RuleId == "CPOR-D01");
    }
}
