using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class SubscriptionNotDynamicsRuleTests
{
    [Fact]
    public void Evaluate_DynamicsSubscription_DoesNotFire()
    {
        Assert.False(Decide(RawSalesAndService()).Has(FindingCode.SubscriptionNotDynamics));
    }

    [Fact]
    public void Evaluate_NonDynamicsSubscription_FiresOnItsLineOnly()
    {
        var facts = Facts(SubscriptionsWith(Sales, isDynamics: false));

        var decision = Decide(RawSalesAndService(), facts);

        var finding = decision.Single(FindingCode.SubscriptionNotDynamics);
        Assert.Equal(SalesProduct, finding.Product);
        Assert.Equal(SalesProduct, finding.Detail);
        Assert.Equal(OutcomeKind.Rejected, decision.Line(SalesProduct).Outcome);
        Assert.Equal(OutcomeKind.Eligible, decision.Line(ServiceProduct).Outcome);
        Assert.Empty(decision.Line(ServiceProduct).Findings);
        Assert.Equal(OutcomeKind.PartiallyEligible, decision.Kind);
    }
}
