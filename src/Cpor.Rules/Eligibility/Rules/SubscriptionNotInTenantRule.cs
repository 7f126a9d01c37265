using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-008: The subscription ID is well-formed but no subscription of the claimed tenant has it.</summary>
internal sealed class SubscriptionNotInTenantRule() : CatalogueRule(FindingCode.SubscriptionNotInTenant, RuleScope.Line, "The subscription ID is well-formed but no subscription of the claimed tenant has it.", "seed")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<ResolvedLine>(r => r.Resolution == LineResolution.SubscriptionNotInTenant)
            .Yield(r => On(r.Line, Detail(r.Line)));

    private static string Detail(ClaimLine l) => l.Claim.SubscriptionId!.Value.ToString();
}
