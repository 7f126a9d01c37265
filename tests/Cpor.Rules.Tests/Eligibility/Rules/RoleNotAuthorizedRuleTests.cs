using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class RoleNotAuthorizedRuleTests
{
    [Theory]
    [InlineData("BillingAdmin")]
    [InlineData("GlobalAdmin")]
    [InlineData("IncentivesAdmin")]
    public void Evaluate_RoleThatMaySubmit_IsEligible(string role)
    {
        Decide(Raw() with { SubmittedBy = role }).ShouldNotHaveFinding(FindingCode.RoleNotAuthorized).ShouldBe(OutcomeKind.Eligible);
    }

    [Theory]
    [InlineData("IncentivesUser")]
    [InlineData("Other")]
    public void Evaluate_RoleThatMayNotSubmit_ClaimLevelBlockingFindingNamingTheRole(string role)
    {
        Decide(RawSalesAndService() with { SubmittedBy = role })
            .ShouldHaveFindings(FindingCode.RoleNotAuthorized).ShouldHaveClaimFinding(FindingCode.RoleNotAuthorized, role)
            .ShouldBe(OutcomeKind.Rejected).ShouldBeOnEveryLine(OutcomeKind.Rejected);
    }

    [Fact]
    public void Evaluate_EveryRole_OnlyBillingGlobalAndIncentivesAdminMaySubmit()
    {
        var allowed = PartnerRole.List
            .Where(role => !Decide(Raw() with { SubmittedBy = role.Name }).Has(FindingCode.RoleNotAuthorized))
            .Select(role => role.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["BillingAdmin", "GlobalAdmin", "IncentivesAdmin"], allowed);
    }

    [Fact]
    public void Evaluate_UnreadableRole_IsInvalidClaimDataNotRoleNotAuthorized()
    {
        Decide(Raw() with { SubmittedBy = null }).ShouldHaveFindings(FindingCode.InvalidClaimData);
    }
}
