using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-024: the subscription is InGrace: claimable, but earnings stop if it lapses.</summary>
[Name("CPOR-024"), Tag("line"), Tag("Advisory"), Description("The subscription is InGrace: claimable, but earnings stop if it lapses.")]
internal sealed class SubscriptionInGraceRule() : CatalogueRule(FindingCode.SubscriptionInGrace, RuleScope.Line, "seed")
{
    public override void Define()
    {
        LineFact line = null!;
        When().Match(() => line, l => l.Subscription != null && l.Subscription.State == SubscriptionState.InGrace);
        Then().Do(_ => line.Report(FindingCode.SubscriptionInGrace, line.Subscription!.Id.ToString()));
    }
}
