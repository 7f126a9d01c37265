using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-007: a Business Applications line gives a subscription identifier that is not GUID-shaped.</summary>
internal sealed class NotASubscriptionIdRule() : CatalogueRule(FindingCode.NotASubscriptionId, RuleScope.Line, "A Business Applications line gives a subscription identifier that is not a subscription ID (not GUID-shaped).", "seed")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<ClaimLine>(l => l.Claim.SolutionArea == SolutionArea.BusinessApplications && l.Claim.MalformedSubscriptionId is not null)
            .Yield(l => On(l, l.Claim.MalformedSubscriptionId));
}
