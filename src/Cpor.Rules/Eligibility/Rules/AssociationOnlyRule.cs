using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-023: a revenue association is an association only, never an incentive payout (advisory).</summary>
internal sealed class AssociationOnlyRule() : CatalogueRule(FindingCode.AssociationOnly, RuleScope.Claim, "The activity is RevenueAssociation: association, never incentive payout.", "seed")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<Claim>(c => c.Activity is not null && !c.Activity.CanEarnIncentives).Yield(c => On(c));
}
