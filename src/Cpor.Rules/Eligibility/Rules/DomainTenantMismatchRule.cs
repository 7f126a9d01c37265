using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-002: the domain is not one of the claimed tenant's domains (letter case ignored).</summary>
internal sealed class DomainTenantMismatchRule() : CatalogueRule(FindingCode.DomainTenantMismatch, RuleScope.Claim, "The domain is not one of the claimed tenant's domains.", "seed")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<Claim>(c => c.TenantId is not null && c.CustomerDomain is not null)
            .Join(CporIndexes.TenantsById, c => c.TenantId!.Value)
            .Where((c, tenant) => !tenant.HasDomain(c.CustomerDomain!.Value))
            .Yield((c, _) => On(c, c.CustomerDomain!.Value.ToString()));
}
