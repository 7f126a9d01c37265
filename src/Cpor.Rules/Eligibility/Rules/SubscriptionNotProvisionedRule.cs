using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-013: the subscription is Pending; provisioning can take days to show. Retryable.</summary>
[Name("CPOR-013"), Tag("line"), Tag("Blocking"), Description("The subscription is Pending: provisioning can take days to show. Retryable.")]
internal sealed class SubscriptionNotProvisionedRule() : CatalogueRule(FindingCode.SubscriptionNotProvisioned, RuleScope.Line, "seed")
{
    public override void Define()
    {
        LineFact line = null!;
        When().Match(() => line, l => l.Subscription != null && l.Subscription.State == SubscriptionState.Pending);
        Then().Do(_ => line.Report(FindingCode.SubscriptionNotProvisioned, line.Subscription!.Id.ToString()));
    }
}
