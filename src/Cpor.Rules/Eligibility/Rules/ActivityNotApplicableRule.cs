using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-003: the activity is not offered in the solution area (Microsoft 365 offers Usage only).</summary>
internal sealed class ActivityNotApplicableRule() : CatalogueRule(FindingCode.ActivityNotApplicable, RuleScope.Claim, "The activity is not offered in the solution area.", "seed")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<Claim>(c => c.SolutionArea is not null && c.Activity is not null && !c.SolutionArea.Offers(c.Activity))
            .Yield(c => On(c, $"{c.Activity!.Name} in {c.SolutionArea!.Name}"));
}
