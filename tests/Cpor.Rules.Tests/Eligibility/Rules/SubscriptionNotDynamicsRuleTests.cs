using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class SubscriptionNotDynamicsRuleTests
{
    [Fact]
    public void Evaluate_DynamicsSubscription_DoesNotFire()
    {
        Decide(RawSalesAndService()).ShouldNotHaveFinding(FindingCode.SubscriptionNotDynamics);
    }

    [Fact]
    public void Evaluate_NonDynamicsSubscription_FiresOnItsLineOnly()
    {
        var decision = Decide(RawSalesAndService(), Facts(SubscriptionsWith(Sales, isDynamics: false)));

        decision.ShouldHaveFindings(FindingCode.SubscriptionNotDynamics).ShouldHaveFinding(FindingCode.SubscriptionNotDynamics, SalesProduct, SalesProduct)
            .ShouldBe(OutcomeKind.PartiallyEligible).ShouldBe(OutcomeKind.Rejected, SalesProduct).ShouldBe(OutcomeKind.Eligible, ServiceProduct);
    }
}
