using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class DomainTenantMismatchRuleTests
{
    [Theory]
    [InlineData("contoso.onmicrosoft.com")]
    [InlineData("contoso.com")]
    public void Evaluate_OneOfTheTenantsDomains_DoesNotFire(string domain)
    {
        Decide(Raw() with { CustomerDomain = domain }).ShouldNotHaveFinding(FindingCode.DomainTenantMismatch).ShouldBe(OutcomeKind.Eligible);
    }

    [Theory]
    [InlineData("Contoso.OnMicrosoft.COM")]
    [InlineData("CONTOSO.COM")]
    public void Evaluate_DomainInOtherLetterCase_IsAccepted(string domain)
    {
        Decide(Raw() with { CustomerDomain = domain }).ShouldNotHaveFinding(FindingCode.DomainTenantMismatch).ShouldBe(OutcomeKind.Eligible);
    }

    [Theory]
    [InlineData("wrong.example.com")]
    [InlineData("fabrikam.com")]
    [InlineData("sales.contoso.com")]
    public void Evaluate_DomainNotOfTheTenant_ClaimLevelBlockingFinding(string domain)
    {
        Decide(RawSalesAndService() with { CustomerDomain = domain })
            .ShouldHaveFindings(FindingCode.DomainTenantMismatch).ShouldHaveClaimFinding(FindingCode.DomainTenantMismatch, domain)
            .ShouldBe(OutcomeKind.Rejected).ShouldBeOnEveryLine(OutcomeKind.Rejected);
    }

    [Fact]
    public void Evaluate_DomainNotOfTheTenantOnMicrosoft365Claim_Fires()
    {
        Decide(RawM365() with { CustomerDomain = "fabrikam.com" }).ShouldHaveFindings(FindingCode.DomainTenantMismatch);
    }
}
