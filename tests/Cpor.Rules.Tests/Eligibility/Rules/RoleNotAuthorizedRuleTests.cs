using Cpor.Rules.Domain;
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
        var decision = Decide(Raw() with { SubmittedBy = role });

        Assert.False(decision.Has(FindingCode.RoleNotAuthorized));
        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
    }

    [Theory]
    [InlineData("IncentivesUser")]
    [InlineData("Other")]
    public void Evaluate_RoleThatMayNotSubmit_ClaimLevelBlockingFindingNamingTheRole(string role)
    {
        var decision = Decide(RawSalesAndService() with { SubmittedBy = role });

        var finding = decision.Single(FindingCode.RoleNotAuthorized);
        Assert.Null(finding.Product);
        Assert.Equal(role, finding.Detail);
        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
        Assert.All(decision.Lines, line => Assert.Equal(OutcomeKind.Rejected, line.Outcome));
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
        Assert.Equal(["InvalidClaimData"], Decide(Raw() with { SubmittedBy = null }).Codes());
    }
}
