using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class ActivityNotApplicableRuleTests
{
    /// <summary>The whole area/activity matrix: Business Applications offers all three, Microsoft 365 Usage only.</summary>
    [Theory]
    [InlineData("BusinessApplications", "PreSales", false)]
    [InlineData("BusinessApplications", "Usage", false)]
    [InlineData("BusinessApplications", "RevenueAssociation", false)]
    [InlineData("Microsoft365", "Usage", false)]
    [InlineData("Microsoft365", "PreSales", true)]
    [InlineData("Microsoft365", "RevenueAssociation", true)]
    public void Evaluate_AreaAndActivity_FiresOnlyWhenTheAreaDoesNotOfferIt(string area, string activity, bool fires)
    {
        var raw = (area == "Microsoft365" ? RawM365() : Raw()) with { Activity = activity };

        var decision = Decide(raw).ShouldBe(fires ? OutcomeKind.Rejected : OutcomeKind.Eligible);

        Assert.Equal(fires, decision.Has(FindingCode.ActivityNotApplicable));
    }

    [Fact]
    public void Evaluate_PreSalesInMicrosoft365_ClaimLevelFindingNamingBoth()
    {
        var decision = Decide(RawM365() with { Activity = "PreSales", Products = ["Teams", "Exchange"] });

        decision.ShouldHaveClaimFinding(FindingCode.ActivityNotApplicable, "PreSales in Microsoft365").ShouldBeOnEveryLine(OutcomeKind.Rejected);
        Assert.Equal(Severity.Blocking, FindingCode.ActivityNotApplicable.Severity);
    }
}
