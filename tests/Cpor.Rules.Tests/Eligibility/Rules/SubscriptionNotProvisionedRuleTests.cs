using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class SubscriptionNotProvisionedRuleTests
{
    [Fact]
    public void Evaluate_ActiveSubscription_DoesNotFire()
    {
        Assert.False(Decide(Raw()).Has(FindingCode.SubscriptionNotProvisioned));
    }

    [Fact]
    public void Evaluate_PendingSubscription_RetryableBlockingFindingOnItsLineOnly()
    {
        var facts = Facts(SubscriptionsWith(Sales, state: SubscriptionState.Pending));

        var decision = Decide(RawSalesAndService(), facts);

        var finding = decision.Single(FindingCode.SubscriptionNotProvisioned);
        Assert.Equal(SalesProduct, finding.Product);
        Assert.True(finding.Code.IsRetryable);
        Assert.Equal(Severity.Blocking, finding.Severity);
        Assert.False(decision.Has(FindingCode.SubscriptionNotActive));
        Assert.Equal(OutcomeKind.Rejected, decision.Line(SalesProduct).Outcome);
        Assert.Equal(OutcomeKind.Eligible, decision.Line(ServiceProduct).Outcome);
        Assert.Equal(OutcomeKind.PartiallyEligible, decision.Kind);
    }

    [Theory]
    [InlineData("Suspended")]
    [InlineData("Disabled")]
    [InlineData("Expired")]
    [InlineData("Deleted")]
    public void Evaluate_NotActiveSubscription_IsNotReportedAsRetryable(string state)
    {
        var facts = Facts(SubscriptionsWith(Sales, state: SubscriptionState.Parse(state)));

        var decision = Decide(Raw(), facts);

        Assert.False(decision.Has(FindingCode.SubscriptionNotProvisioned));
        Assert.DoesNotContain(decision.Findings, f => f.Code.IsRetryable);
    }
}
