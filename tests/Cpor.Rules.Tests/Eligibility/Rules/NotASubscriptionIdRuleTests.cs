using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class NotASubscriptionIdRuleTests
{
    [Theory]
    [InlineData("aaaaaaaa-0000-4000-8000-000000000002")]
    [InlineData("AAAAAAAA-0000-4000-8000-000000000002")]
    public void Evaluate_GuidShapedId_DoesNotFire(string id)
    {
        Decide(RawSalesAndService() with { SubscriptionId = id }).ShouldNotHaveFinding(FindingCode.NotASubscriptionId).ShouldBe(OutcomeKind.Eligible);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("12345")]
    [InlineData("aaaaaaaa-0000-4000-8000")]
    public void Evaluate_MalformedId_FiresOnEveryBusinessApplicationsLineAndNothingElse(string id)
    {
        var decision = Decide(RawSalesAndService() with { SubscriptionId = id })
            .ShouldHaveFindings(FindingCode.NotASubscriptionId, FindingCode.NotASubscriptionId).ShouldBe(OutcomeKind.Rejected).ShouldBeOnEveryLine(OutcomeKind.Rejected)
            .ShouldHaveFinding(FindingCode.NotASubscriptionId, SalesProduct, id).ShouldHaveFinding(FindingCode.NotASubscriptionId, ServiceProduct, id);

        Assert.All(decision.Lines, line => Assert.Null(line.Key));
    }

    [Fact]
    public void Evaluate_MalformedIdOnMicrosoft365Claim_IsIgnored()
    {
        Decide(RawM365() with { SubscriptionId = "not-a-guid" }).ShouldNotHaveFinding(FindingCode.NotASubscriptionId).ShouldBe(OutcomeKind.Eligible);
    }
}
