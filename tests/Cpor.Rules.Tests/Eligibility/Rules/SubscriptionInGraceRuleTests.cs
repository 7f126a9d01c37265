using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class SubscriptionInGraceRuleTests
{
    [Fact]
    public void Evaluate_ActiveSubscription_DoesNotFire()
    {
        Assert.False(Decide(Raw()).Has(FindingCode.SubscriptionInGrace));
    }

    [Fact]
    public void Evaluate_SubscriptionInGrace_AdvisoryOnItsLineAndStillEligible()
    {
        var facts = Facts(SubscriptionsWith(Sales, state: SubscriptionState.InGrace));

        var decision = Decide(RawSalesAndService(), facts);

        var finding = decision.Single(FindingCode.SubscriptionInGrace);
        Assert.Equal(SalesProduct, finding.Product);
        Assert.Equal(Severity.Advisory, finding.Severity);
        Assert.Equal(Sales.ToString(), finding.Detail);
        Assert.Equal(OutcomeKind.Eligible, decision.Line(SalesProduct).Outcome);
        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
        Assert.Empty(decision.Line(ServiceProduct).Findings);
    }
}
