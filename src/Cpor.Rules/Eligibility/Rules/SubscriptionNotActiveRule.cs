using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-014: The subscription is Suspended, Disabled, Expired or Deleted.</summary>
internal sealed class SubscriptionNotActiveRule() : CatalogueRule(FindingCode.SubscriptionNotActive, RuleScope.Line, "The subscription is Suspended, Disabled, Expired or Deleted.", "seed")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<ResolvedLine>(r => r.Subscription is { } s && !s.State.IsClaimable && !s.State.IsRetryable)
            .Yield(r => On(r.Line, Detail(r.Subscription!)));

    private static string Detail(Subscription s) => s.State.Name;
}
