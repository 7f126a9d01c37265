using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-009: The product (Business Applications) or workload (Microsoft 365) is not present on the tenant.</summary>
internal sealed class ProductNotInTenantRule() : CatalogueRule(FindingCode.ProductNotInTenant, RuleScope.Line, "The product (Business Applications) or workload (Microsoft 365) is not present on the tenant.", "seed")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<ResolvedLine>(r => r.Resolution == LineResolution.ProductNotInTenant)
            .Yield(r => On(r.Line, Detail(r.Line)));

    private static string Detail(ClaimLine l) => l.Product;
}
