using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-004: the submitter's role may not submit claims (only BillingAdmin, GlobalAdmin and IncentivesAdmin may).</summary>
[Name("CPOR-004"), Tag("claim"), Tag("Blocking"), Description("The submitter's role is not BillingAdmin, GlobalAdmin or IncentivesAdmin.")]
internal sealed class RoleNotAuthorizedRule() : CatalogueRule(FindingCode.RoleNotAuthorized, RuleScope.Claim, "seed")
{
    public override void Define()
    {
        ClaimFact claim = null!;
        When().Match(() => claim, c => c.Claim.SubmittedBy != null && !c.Claim.SubmittedBy.MaySubmitClaims);
        Then().Do(_ => claim.Report(FindingCode.RoleNotAuthorized, claim.Claim.SubmittedBy!.Name));
    }
}
