using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-002: the domain is not one of the claimed tenant's domains (letter case ignored).</summary>
[Name("CPOR-002"), Tag("claim"), Tag("Blocking"), Description("The domain is not one of the claimed tenant's domains.")]
internal sealed class DomainTenantMismatchRule() : CatalogueRule(FindingCode.DomainTenantMismatch, RuleScope.Claim, "seed")
{
    public override void Define()
    {
        ClaimFact claim = null!;
        When().Match(() => claim, c => Mismatch(c));
        Then().Do(_ => claim.Report(FindingCode.DomainTenantMismatch, EchoText.Of(claim.Claim.CustomerDomain!.Value.ToString())));
    }

    private static bool Mismatch(ClaimFact c)
        => c.Tenant is { } tenant && c.Claim.CustomerDomain is { } domain && !tenant.HasDomain(domain);
}
