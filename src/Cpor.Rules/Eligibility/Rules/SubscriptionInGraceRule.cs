using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-024: The subscription is InGrace: claimable, but earnings stop if it lapses.</summary>
internal sealed class SubscriptionInGraceRule() : CatalogueRule(FindingCode.SubscriptionInGrace, RuleScope.Line, "The subscription is InGrace: claimable, but earnings stop if it lapses.", "seed")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<ResolvedLine>(r => r.Subscription is { } s && s.State == SubscriptionState.InGrace)
            .Yield(r => On(r.Line, Detail(r.Subscription!)));

    private static string Detail(Subscription s) => s.Id.ToString();
}
