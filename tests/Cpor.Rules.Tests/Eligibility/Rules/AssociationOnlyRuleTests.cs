using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class AssociationOnlyRuleTests
{
    [Theory]
    [InlineData("PreSales")]
    [InlineData("Usage")]
    public void Evaluate_ActivityThatEarns_DoesNotFire(string activity)
    {
        Assert.False(Decide(Raw() with { Activity = activity }).Has(FindingCode.AssociationOnly));
    }

    [Fact]
    public void Evaluate_RevenueAssociation_ClaimLevelAdvisoryAndStillEligible()
    {
        var decision = Decide(RawSalesAndService() with { Activity = "RevenueAssociation" });

        var finding = decision.Single(FindingCode.AssociationOnly);
        Assert.Null(finding.Product);
        Assert.Equal(Severity.Advisory, finding.Severity);
        Assert.Equal(["AssociationOnly"], decision.Codes());
        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
        Assert.All(decision.Lines, line => Assert.Equal(OutcomeKind.Eligible, line.Outcome));
    }
}
