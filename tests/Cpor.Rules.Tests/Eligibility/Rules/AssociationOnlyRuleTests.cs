using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class AssociationOnlyRuleTests
{
    [Theory]
    [InlineData("PreSales")]
    [InlineData("Usage")]
    public void Evaluate_ActivityThatEarns_DoesNotFire(string activity)
    {
        Decide(Raw() with { Activity = activity }).ShouldNotHaveFinding(FindingCode.AssociationOnly);
    }

    [Fact]
    public void Evaluate_RevenueAssociation_ClaimLevelAdvisoryAndStillEligible()
    {
        Decide(RawSalesAndService() with { Activity = "RevenueAssociation" })
            .ShouldHaveFindings(FindingCode.AssociationOnly).ShouldHaveClaimFinding(FindingCode.AssociationOnly)
            .ShouldBe(OutcomeKind.Eligible).ShouldBeOnEveryLine(OutcomeKind.Eligible);
        Assert.Equal(Severity.Advisory, FindingCode.AssociationOnly.Severity);
    }
}
