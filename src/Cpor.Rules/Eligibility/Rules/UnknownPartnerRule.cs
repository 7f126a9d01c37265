using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-005: the partner ID is unknown to the fact snapshot.</summary>
[Name("CPOR-005"), Tag("claim"), Tag("Blocking"), Description("The partner ID is unknown.")]
internal sealed class UnknownPartnerRule() : CatalogueRule(FindingCode.UnknownPartner, RuleScope.Claim, "assumption")
{
    public override void Define()
    {
        ClaimFact claim = null!;
        When().Match(() => claim, c => c.Claim.PartnerId != null && c.Partner == null);
        Then().Do(_ => claim.ReportFromClaim(FindingCode.UnknownPartner, ClaimDetail.PartnerId));
    }
}
