using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-012: A Business Applications line's subscription was bought through CSP.</summary>
internal sealed class SubscriptionIsCspRule() : CatalogueRule(FindingCode.SubscriptionIsCsp, RuleScope.Line, "A Business Applications line's subscription was bought through CSP.", "seed")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<ResolvedLine>(r => r.Subscription is { } s && !s.Channel.ClaimableForBusinessApplications)
            .Yield(r => On(r.Line, Detail(r.Subscription!)));

    private static string Detail(Subscription s) => s.Channel.Name;
}
