using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-012: a Business Applications line's subscription was bought through CSP.</summary>
[Name("CPOR-012"), Tag("line"), Tag("Blocking"), Description("A Business Applications line's subscription was bought through CSP.")]
internal sealed class SubscriptionIsCspRule() : CatalogueRule(FindingCode.SubscriptionIsCsp, RuleScope.Line, "seed")
{
    public override void Define()
    {
        LineFact line = null!;
        When().Match(() => line, l => l.Subscription != null && !l.Subscription.Channel.ClaimableForBusinessApplications);
        Then().Do(_ => line.Report(FindingCode.SubscriptionIsCsp, line.Subscription!.Channel.Name));
    }
}
