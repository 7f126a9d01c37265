using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>
/// CPOR-015: the claiming partner already holds the association for the line's key, that is, it is the incumbent (the
/// latest approved association on the key). A partner whose association was since taken over by another partner no
/// longer holds it: it may claim the key again, and is arbitrated against the holder.
/// </summary>
internal sealed class AlreadyClaimedRule() : CatalogueRule(FindingCode.AlreadyClaimed, RuleScope.Line, "The same partner already holds the association for the line's key.", "seed")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<ResolvedLine>(r => r.Key is not null && r.Line.Claim.PartnerId is not null)
            .JoinAll(CporIndexes.AssociationsByKey, r => r.Key!.Value)
            .Where((r, associations) => Arbiter.Incumbent(associations)?.PartnerId == r.Line.Claim.PartnerId!.Value)
            .Yield((r, _) => On(r.Line, r.Key!.Value.ToString()));
}
