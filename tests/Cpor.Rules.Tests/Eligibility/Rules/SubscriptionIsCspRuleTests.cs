using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class SubscriptionIsCspRuleTests
{
    [Theory]
    [InlineData("VolumeLicensing")]
    [InlineData("WebDirect")]
    public void Evaluate_ClaimableChannel_DoesNotFire(string channel)
    {
        Decide(Raw(), Facts(SubscriptionsWith(Sales, channel: PurchaseChannel.Parse(channel))))
            .ShouldNotHaveFinding(FindingCode.SubscriptionIsCsp).ShouldBe(OutcomeKind.Eligible);
    }

    [Fact]
    public void Evaluate_CspSubscription_FiresOnItsLineOnly()
    {
        var decision = Decide(RawSalesAndService(), Facts(SubscriptionsWith(ServiceOne, channel: PurchaseChannel.Csp)));

        decision.ShouldHaveFindings(FindingCode.SubscriptionIsCsp).ShouldHaveFinding(FindingCode.SubscriptionIsCsp, ServiceProduct, "Csp")
            .ShouldBe(OutcomeKind.PartiallyEligible).ShouldBe(OutcomeKind.Rejected, ServiceProduct).ShouldBe(OutcomeKind.Eligible, SalesProduct);
    }
}
