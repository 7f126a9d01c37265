using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-011: A Business Applications line's subscription is not a Dynamics 365 product.</summary>
internal sealed class SubscriptionNotDynamicsRule() : CatalogueRule(FindingCode.SubscriptionNotDynamics, RuleScope.Line, "A Business Applications line's subscription is not a Dynamics 365 product.", "seed")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<ResolvedLine>(r => r.Subscription is { } s && !s.IsDynamics)
            .Yield(r => On(r.Line, Detail(r.Subscription!)));

    private static string Detail(Subscription s) => s.Product;
}
