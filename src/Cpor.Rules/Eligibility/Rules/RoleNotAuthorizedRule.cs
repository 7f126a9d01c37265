using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-004: the submitter's role may not submit claims.</summary>
internal sealed class RoleNotAuthorizedRule() : CatalogueRule(FindingCode.RoleNotAuthorized, RuleScope.Claim, "The submitter's role is not BillingAdmin, GlobalAdmin or IncentivesAdmin.", "seed")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<Claim>(c => c.SubmittedBy is not null && !c.SubmittedBy.MaySubmitClaims)
            .Yield(c => On(c, c.SubmittedBy!.Name));
}
