using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class SubscriptionInGraceRuleTests
{
    [Fact]
    public void Evaluate_ActiveSubscription_DoesNotFire()
    {
        Decide(Raw()).ShouldNotHaveFinding(FindingCode.SubscriptionInGrace);
    }

    [Fact]
    public void Evaluate_SubscriptionInGrace_AdvisoryOnItsLineAndStillEligible()
    {
        var decision = Decide(RawSalesAndService(), Facts(SubscriptionsWith(Sales, state: SubscriptionState.InGrace)));

        decision.ShouldHaveFindings(FindingCode.SubscriptionInGrace).ShouldHaveFinding(FindingCode.SubscriptionInGrace, SalesProduct, Sales.ToString())
            .ShouldBe(OutcomeKind.Eligible).ShouldBeOnEveryLine(OutcomeKind.Eligible);
        Assert.Equal(Severity.Advisory, FindingCode.SubscriptionInGrace.Severity);
    }
}
