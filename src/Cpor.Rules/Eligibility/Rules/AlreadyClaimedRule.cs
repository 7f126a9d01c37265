using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-015: the claiming partner already holds the association for the line's key.</summary>
internal sealed class AlreadyClaimedRule() : CatalogueRule(FindingCode.AlreadyClaimed, RuleScope.Line, "The same partner already holds the association for the line's key.", "seed")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<ResolvedLine>(r => r.Key is not null && r.Line.Claim.PartnerId is not null)
            .Exists(CporIndexes.AssociationsByKey, r => r.Key!.Value, (r, association) => association.PartnerId == r.Line.Claim.PartnerId!.Value)
            .Yield(r => On(r.Line, r.Key!.Value.ToString()));
}
