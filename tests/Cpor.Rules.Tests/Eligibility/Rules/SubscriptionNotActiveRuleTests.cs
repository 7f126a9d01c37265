using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
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
        Decide(RawSalesAndService(), Facts(SubscriptionsWith(ServiceOne, state: SubscriptionState.Parse(state))))
            .ShouldHaveFindings(FindingCode.SubscriptionNotActive).ShouldHaveFinding(FindingCode.SubscriptionNotActive, ServiceProduct, state)
            .ShouldBe(OutcomeKind.PartiallyEligible).ShouldBe(OutcomeKind.Rejected, ServiceProduct).ShouldBe(OutcomeKind.Eligible, SalesProduct);
        Assert.False(FindingCode.SubscriptionNotActive.IsRetryable);
    }

    [Theory]
    [InlineData("Active")]
    [InlineData("InGrace")]
    [InlineData("Pending")]
    public void Evaluate_ActiveGraceOrPending_DoesNotFire(string state)
    {
        Decide(Raw(), Facts(SubscriptionsWith(Sales, state: SubscriptionState.Parse(state)))).ShouldNotHaveFinding(FindingCode.SubscriptionNotActive);
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
