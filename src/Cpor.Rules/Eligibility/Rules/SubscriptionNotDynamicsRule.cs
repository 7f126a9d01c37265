using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-011: a Business Applications line's subscription is not a Dynamics 365 product.</summary>
[Name("CPOR-011"), Tag("line"), Tag("Blocking"), Description("A Business Applications line's subscription is not a Dynamics 365 product.")]
internal sealed class SubscriptionNotDynamicsRule() : CatalogueRule(FindingCode.SubscriptionNotDynamics, RuleScope.Line, "seed")
{
    public override void Define()
    {
        LineFact line = null!;
        When().Match(() => line, l => l.Subscription != null && !l.Subscription.IsDynamics);
        Then().Do(_ => line.Report(FindingCode.SubscriptionNotDynamics, EchoText.Of(line.Subscription!.Product)));
    }
}
