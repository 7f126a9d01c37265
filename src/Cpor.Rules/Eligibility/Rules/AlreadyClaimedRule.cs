using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>
/// CPOR-015: the claiming partner already holds the association for the line's key, that is, it is the incumbent (the
/// latest approved association on the key). A partner whose association was since taken over by another partner no
/// longer holds it: it may claim the key again, and is arbitrated against the holder.
/// </summary>
[Name("CPOR-015"), Tag("line"), Tag("Blocking"), Description("The same partner already holds the association for the line's key.")]
internal sealed class AlreadyClaimedRule() : CatalogueRule(FindingCode.AlreadyClaimed, RuleScope.Line, "seed")
{
    public override void Define()
    {
        LineFact line = null!;
        When().Match(() => line, l => l.Incumbent != null && l.Claim.Claim.PartnerId == l.Incumbent.PartnerId);
        Then().Do(_ => line.Report(FindingCode.AlreadyClaimed, line.Key!.Value.ToString()));
    }
}
