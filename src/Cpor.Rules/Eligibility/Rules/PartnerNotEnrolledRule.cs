using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-022: the partner ID is not enrolled in the incentive program of the solution area: no earnings.</summary>
[Name("CPOR-022"), Tag("claim"), Tag("Advisory"), Description("The partner ID is not enrolled in the incentive program of the solution area: no earnings.")]
internal sealed class PartnerNotEnrolledRule() : CatalogueRule(FindingCode.PartnerNotEnrolled, RuleScope.Claim, "seed")
{
    public override void Define()
    {
        ClaimFact claim = null!;
        When().Match(() => claim, c => c.Partner != null && c.Claim.SolutionArea != null && !c.Partner.IsEnrolledIn(c.Claim.SolutionArea));
        Then().Do(_ => claim.Report(FindingCode.PartnerNotEnrolled, claim.Claim.SolutionArea!.Name));
    }
}
