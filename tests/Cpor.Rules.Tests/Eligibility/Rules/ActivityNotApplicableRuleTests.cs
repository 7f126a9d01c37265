using Cpor.Rules.Domain;
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

        var decision = Decide(raw);

        Assert.Equal(fires, decision.Has(FindingCode.ActivityNotApplicable));
        Assert.Equal(fires ? OutcomeKind.Rejected : OutcomeKind.Eligible, decision.Kind);
    }

    [Fact]
    public void Evaluate_PreSalesInMicrosoft365_ClaimLevelFindingNamingBoth()
    {
        var raw = RawM365() with { Activity = "PreSales", Products = ["Teams", "Exchange"] };

        var decision = Decide(raw);

        var finding = decision.Single(FindingCode.ActivityNotApplicable);
        Assert.Null(finding.Product);
        Assert.Equal("PreSales in Microsoft365", finding.Detail);
        Assert.Equal(Severity.Blocking, finding.Severity);
        Assert.All(decision.Lines, line => Assert.Equal(OutcomeKind.Rejected, line.Outcome));
    }
}
