using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class NotASubscriptionIdRuleTests
{
    [Theory]
    [InlineData("aaaaaaaa-0000-4000-8000-000000000002")]
    [InlineData("AAAAAAAA-0000-4000-8000-000000000002")]
    public void Evaluate_GuidShapedId_DoesNotFire(string id)
    {
        var decision = Decide(RawSalesAndService() with { SubscriptionId = id });

        Assert.False(decision.Has(FindingCode.NotASubscriptionId));
        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("12345")]
    [InlineData("aaaaaaaa-0000-4000-8000")]
    public void Evaluate_MalformedId_FiresOnEveryBusinessApplicationsLineAndNothingElse(string id)
    {
        var decision = Decide(RawSalesAndService() with { SubscriptionId = id });

        Assert.Equal(["NotASubscriptionId", "NotASubscriptionId"], decision.Codes());
        Assert.Equal([SalesProduct, ServiceProduct], decision.Findings.Select(f => f.Product));
        Assert.All(decision.Findings, f => Assert.Equal(id, f.Detail));
        Assert.All(decision.Lines, line =>
        {
            Assert.Equal(OutcomeKind.Rejected, line.Outcome);
            Assert.Null(line.Key);
        });
        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
    }

    [Fact]
    public void Evaluate_MalformedIdOnMicrosoft365Claim_IsIgnored()
    {
        var decision = Decide(RawM365() with { SubscriptionId = "not-a-guid" });

        Assert.False(decision.Has(FindingCode.NotASubscriptionId));
        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
    }
}
