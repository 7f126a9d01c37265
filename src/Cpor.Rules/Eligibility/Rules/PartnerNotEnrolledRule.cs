using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-022: the partner ID is not enrolled in the solution area's incentive program: no earnings (advisory).</summary>
internal sealed class PartnerNotEnrolledRule() : CatalogueRule(FindingCode.PartnerNotEnrolled, RuleScope.Claim, "The partner ID is not enrolled in the incentive program of the solution area: no earnings.", "seed")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<Claim>(c => c.PartnerId is not null && c.SolutionArea is not null)
            .Join(CporIndexes.PartnersById, c => c.PartnerId!.Value)
            .Where((c, partner) => !partner.IsEnrolledIn(c.SolutionArea!))
            .Yield((c, _) => On(c, c.SolutionArea!.Name));
}
