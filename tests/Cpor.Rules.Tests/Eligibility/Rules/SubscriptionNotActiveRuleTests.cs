using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class SubscriptionNotActiveRuleTests
{
    [Theory]
    [InlineData("Suspended")]
    [InlineData("Disabled")]
    [InlineData("Expired")]
    [InlineData("Deleted")]
    public void Evaluate_NotActiveState_BlockingFindingNamingTheStateOnItsLineOnly(string state)
    {
        var facts = Facts(SubscriptionsWith(ServiceOne, state: SubscriptionState.Parse(state)));

        var decision = Decide(RawSalesAndService(), facts);

        var finding = decision.Single(FindingCode.SubscriptionNotActive);
        Assert.Equal(ServiceProduct, finding.Product);
        Assert.Equal(state, finding.Detail);
        Assert.False(finding.Code.IsRetryable);
        Assert.Equal(OutcomeKind.Rejected, decision.Line(ServiceProduct).Outcome);
        Assert.Equal(OutcomeKind.Eligible, decision.Line(SalesProduct).Outcome);
        Assert.Equal(OutcomeKind.PartiallyEligible, decision.Kind);
    }

    [Theory]
    [InlineData("Active")]
    [InlineData("InGrace")]
    [InlineData("Pending")]
    public void Evaluate_ActiveGraceOrPending_DoesNotFire(string state)
    {
        var facts = Facts(SubscriptionsWith(Sales, state: SubscriptionState.Parse(state)));

        Assert.False(Decide(Raw(), facts).Has(FindingCode.SubscriptionNotActive));
    }

    [Fact]
    public void Evaluate_EveryState_OnlyTheFourNotActiveStatesFire()
    {
        var firing = SubscriptionState.List
            .Where(state => Decide(Raw(), Facts(SubscriptionsWith(Sales, state: state))).Has(FindingCode.SubscriptionNotActive))
            .Select(state => state.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["Deleted", "Disabled", "Expired", "Suspended"], firing);
    }
}
