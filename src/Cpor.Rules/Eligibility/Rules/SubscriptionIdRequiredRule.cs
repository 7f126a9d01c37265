using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-010: A Business Applications product matches several subscriptions of the tenant and no subscription ID selects one.</summary>
internal sealed class SubscriptionIdRequiredRule() : CatalogueRule(FindingCode.SubscriptionIdRequired, RuleScope.Line, "A Business Applications product matches several subscriptions of the tenant and no subscription ID selects one.", "create")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<ResolvedLine>(r => r.Resolution == LineResolution.SubscriptionIdRequired)
            .Yield(r => On(r.Line, Detail(r.Line)));

    private static string Detail(ClaimLine l) => l.Product;
}
