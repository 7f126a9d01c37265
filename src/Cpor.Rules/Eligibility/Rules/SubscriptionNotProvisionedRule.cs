using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-013: The subscription is Pending: provisioning can take days to show. Retryable.</summary>
internal sealed class SubscriptionNotProvisionedRule() : CatalogueRule(FindingCode.SubscriptionNotProvisioned, RuleScope.Line, "The subscription is Pending: provisioning can take days to show. Retryable.", "seed")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<ResolvedLine>(r => r.Subscription is { } s && s.State == SubscriptionState.Pending)
            .Yield(r => On(r.Line, Detail(r.Subscription!)));

    private static string Detail(Subscription s) => s.Id.ToString();
}
