using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-014: the subscription is Suspended, Disabled, Expired or Deleted.</summary>
[Name("CPOR-014"), Tag("line"), Tag("Blocking"), Description("The subscription is Suspended, Disabled, Expired or Deleted.")]
internal sealed class SubscriptionNotActiveRule() : CatalogueRule(FindingCode.SubscriptionNotActive, RuleScope.Line, "seed")
{
    public override void Define()
    {
        LineFact line = null!;
        When().Match(() => line, l => l.Subscription != null && !l.Subscription.State.IsClaimable && !l.Subscription.State.IsRetryable);
        Then().Do(_ => line.Report(FindingCode.SubscriptionNotActive, line.Subscription!.State.Name));
    }
}
