using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-001: the tenant ID is unknown to the fact snapshot.</summary>
[Name("CPOR-001"), Tag("claim"), Tag("Blocking"), Description("The tenant ID is unknown to the fact snapshot.")]
internal sealed class TenantNotFoundRule() : CatalogueRule(FindingCode.TenantNotFound, RuleScope.Claim, "assumption")
{
    public override void Define()
    {
        ClaimFact claim = null!;
        When().Match(() => claim, c => c.Claim.TenantId != null && c.Tenant == null);
        Then().Do(_ => claim.ReportFromClaim(FindingCode.TenantNotFound, ClaimDetail.TenantId));
    }
}
