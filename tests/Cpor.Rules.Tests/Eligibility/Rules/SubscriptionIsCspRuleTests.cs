using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class SubscriptionIsCspRuleTests
{
    [Theory]
    [InlineData("VolumeLicensing")]
    [InlineData("WebDirect")]
    public void Evaluate_ClaimableChannel_DoesNotFire(string channel)
    {
        var facts = Facts(SubscriptionsWith(Sales, channel: PurchaseChannel.Parse(channel)));

        var decision = Decide(Raw(), facts);

        Assert.False(decision.Has(FindingCode.SubscriptionIsCsp));
        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
    }

    [Fact]
    public void Evaluate_CspSubscription_FiresOnItsLineOnly()
    {
        var facts = Facts(SubscriptionsWith(ServiceOne, channel: PurchaseChannel.Csp));

        var decision = Decide(RawSalesAndService(), facts);

        var finding = decision.Single(FindingCode.SubscriptionIsCsp);
        Assert.Equal(ServiceProduct, finding.Product);
        Assert.Equal("Csp", finding.Detail);
        Assert.Equal(OutcomeKind.Rejected, decision.Line(ServiceProduct).Outcome);
        Assert.Equal(OutcomeKind.Eligible, decision.Line(SalesProduct).Outcome);
        Assert.Empty(decision.Line(SalesProduct).Findings);
        Assert.Equal(OutcomeKind.PartiallyEligible, decision.Kind);
    }
}
