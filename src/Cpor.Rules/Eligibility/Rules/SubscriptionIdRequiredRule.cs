using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-010: the product matches several subscriptions of the tenant and no subscription ID selects one.</summary>
[Name("CPOR-010"), Tag("line"), Tag("Blocking")]
[Description("A Business Applications product matches several subscriptions of the tenant and no subscription ID selects one.")]
internal sealed class SubscriptionIdRequiredRule() : CatalogueRule(FindingCode.SubscriptionIdRequired, RuleScope.Line, "create")
{
    public override void Define()
    {
        LineFact line = null!;
        When().Match(() => line, l => l.Resolution == LineResolution.SubscriptionIdRequired);
        Then().Do(_ => line.Report(FindingCode.SubscriptionIdRequired, EchoText.Of(line.Product)));
    }
}
