using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-023: the activity is RevenueAssociation: association, never incentive payout.</summary>
[Name("CPOR-023"), Tag("claim"), Tag("Advisory"), Description("The activity is RevenueAssociation: association, never incentive payout.")]
internal sealed class AssociationOnlyRule() : CatalogueRule(FindingCode.AssociationOnly, RuleScope.Claim, "seed")
{
    public override void Define()
    {
        ClaimFact claim = null!;
        When().Match(() => claim, c => c.Claim.Activity != null && !c.Claim.Activity.CanEarnIncentives);
        Then().Do(_ => claim.Report(FindingCode.AssociationOnly, null));
    }
}
