using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-005: the partner ID is unknown.</summary>
internal sealed class UnknownPartnerRule() : CatalogueRule(FindingCode.UnknownPartner, RuleScope.Claim, "The partner ID is unknown.", "assumption")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<Claim>(c => c.PartnerId is not null)
            .Not(CporIndexes.PartnersById, c => c.PartnerId!.Value)
            .Yield(c => On(c, c.PartnerId!.Value.ToString()));
}
