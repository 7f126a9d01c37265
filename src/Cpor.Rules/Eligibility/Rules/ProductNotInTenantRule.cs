using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-009: the product (Business Applications) or workload (Microsoft 365) is not present on the tenant.</summary>
[Name("CPOR-009"), Tag("line"), Tag("Blocking"), Description("The product (Business Applications) or workload (Microsoft 365) is not present on the tenant.")]
internal sealed class ProductNotInTenantRule() : CatalogueRule(FindingCode.ProductNotInTenant, RuleScope.Line, "seed")
{
    public override void Define()
    {
        LineFact line = null!;
        When().Match(() => line, l => l.Resolution == LineResolution.ProductNotInTenant);
        Then().Do(_ => line.Report(FindingCode.ProductNotInTenant, EchoText.Of(line.Product)));
    }
}
