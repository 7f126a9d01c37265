using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class DomainTenantMismatchRuleTests
{
    [Theory]
    [InlineData("contoso.onmicrosoft.com")]
    [InlineData("contoso.com")]
    public void Evaluate_OneOfTheTenantsDomains_DoesNotFire(string domain)
    {
        var decision = Decide(Raw() with { CustomerDomain = domain });

        Assert.False(decision.Has(FindingCode.DomainTenantMismatch));
        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
    }

    [Theory]
    [InlineData("Contoso.OnMicrosoft.COM")]
    [InlineData("CONTOSO.COM")]
    public void Evaluate_DomainInOtherLetterCase_IsAccepted(string domain)
    {
        var decision = Decide(Raw() with { CustomerDomain = domain });

        Assert.False(decision.Has(FindingCode.DomainTenantMismatch));
        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
    }

    [Theory]
    [InlineData("wrong.example.com")]
    [InlineData("fabrikam.com")]
    [InlineData("sales.contoso.com")]
    public void Evaluate_DomainNotOfTheTenant_ClaimLevelBlockingFinding(string domain)
    {
        var decision = Decide(RawSalesAndService() with { CustomerDomain = domain });

        var finding = decision.Single(FindingCode.DomainTenantMismatch);
        Assert.Null(finding.Product);
        Assert.Equal(domain, finding.Detail);
        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
        Assert.All(decision.Lines, line => Assert.Equal(OutcomeKind.Rejected, line.Outcome));
    }

    [Fact]
    public void Evaluate_DomainNotOfTheTenantOnMicrosoft365Claim_Fires()
    {
        var decision = Decide(RawM365() with { CustomerDomain = "fabrikam.com" });

        Assert.Equal(["DomainTenantMismatch"], decision.Codes());
    }
}
