using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-006: the partner ID is the global account, not a location.</summary>
internal sealed class GlobalPartnerIdRule() : CatalogueRule(FindingCode.GlobalPartnerId, RuleScope.Claim, "The partner ID is a global account, not a location.", "account")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<Claim>(c => c.PartnerId is not null)
            .Join(CporIndexes.PartnersById, c => c.PartnerId!.Value)
            .Where((_, partner) => !partner.Account.MayClaim)
            .Yield((c, partner) => On(c, partner.Id.ToString()));
}
