using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-006: the partner ID is a global account; only location IDs may claim.</summary>
[Name("CPOR-006"), Tag("claim"), Tag("Blocking"), Description("The partner ID is a global account, not a location.")]
internal sealed class GlobalPartnerIdRule() : CatalogueRule(FindingCode.GlobalPartnerId, RuleScope.Claim, "account")
{
    public override void Define()
    {
        ClaimFact claim = null!;
        When().Match(() => claim, c => c.Partner != null && !c.Partner.Account.MayClaim);
        Then().Do(_ => claim.ReportFromClaim(FindingCode.GlobalPartnerId, ClaimDetail.PartnerId));
    }
}
