using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-008: the subscription ID is well-formed but no subscription of the claimed tenant has it.</summary>
[Name("CPOR-008"), Tag("line"), Tag("Blocking"), Description("The subscription ID is well-formed but no subscription of the claimed tenant has it.")]
internal sealed class SubscriptionNotInTenantRule() : CatalogueRule(FindingCode.SubscriptionNotInTenant, RuleScope.Line, "seed")
{
    public override void Define()
    {
        LineFact line = null!;
        When().Match(() => line, l => l.Resolution == LineResolution.SubscriptionNotInTenant);
        Then().Do(_ => line.ReportFromClaim(FindingCode.SubscriptionNotInTenant, ClaimDetail.SubscriptionId));
    }
}
