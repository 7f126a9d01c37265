using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class SubscriptionNotProvisionedRuleTests
{
    [Fact]
    public void Evaluate_ActiveSubscription_DoesNotFire()
    {
        Decide(Raw()).ShouldNotHaveFinding(FindingCode.SubscriptionNotProvisioned);
    }

    [Fact]
    public void Evaluate_PendingSubscription_RetryableBlockingFindingOnItsLineOnly()
    {
        Decide(RawSalesAndService(), Facts(SubscriptionsWith(Sales, state: SubscriptionState.Pending)))
            .ShouldHaveFindings(FindingCode.SubscriptionNotProvisioned).ShouldHaveFinding(FindingCode.SubscriptionNotProvisioned, SalesProduct)
            .ShouldBe(OutcomeKind.PartiallyEligible).ShouldBe(OutcomeKind.Rejected, SalesProduct).ShouldBe(OutcomeKind.Eligible, ServiceProduct);
        Assert.True(FindingCode.SubscriptionNotProvisioned.IsRetryable);
        Assert.Equal(Severity.Blocking, FindingCode.SubscriptionNotProvisioned.Severity);
    }

    [Theory]
    [InlineData("Suspended")]
    [InlineData("Disabled")]
    [InlineData("Expired")]
    [InlineData("Deleted")]
    public void Evaluate_NotActiveSubscription_IsNotReportedAsRetryable(string state)
    {
        var decision = Decide(Raw(), Facts(SubscriptionsWith(Sales, state: SubscriptionState.Parse(state))));

        Assert.DoesNotContain(decision.ShouldNotHaveFinding(FindingCode.SubscriptionNotProvisioned).Findings, f => f.Code.IsRetryable);
    }
}
