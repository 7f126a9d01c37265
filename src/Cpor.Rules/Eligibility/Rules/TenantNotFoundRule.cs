using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-001: the tenant ID is unknown to the fact snapshot.</summary>
internal sealed class TenantNotFoundRule() : CatalogueRule(FindingCode.TenantNotFound, RuleScope.Claim, "The tenant ID is unknown to the fact snapshot.", "assumption")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<Claim>(c => c.TenantId is not null)
            .Not(CporIndexes.TenantsById, c => c.TenantId!.Value)
            .Yield(c => On(c, c.TenantId!.Value.ToString()));
}
