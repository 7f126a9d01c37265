using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-003: the activity is not offered in the solution area.</summary>
[Name("CPOR-003"), Tag("claim"), Tag("Blocking"), Description("The activity is not offered in the solution area.")]
internal sealed class ActivityNotApplicableRule() : CatalogueRule(FindingCode.ActivityNotApplicable, RuleScope.Claim, "seed")
{
    public override void Define()
    {
        ClaimFact claim = null!;
        When().Match(() => claim, c => NotOffered(c.Claim));
        Then().Do(_ => claim.ReportFromClaim(FindingCode.ActivityNotApplicable, ActivityInArea));
    }

    private static readonly ClaimDetail ActivityInArea = new(static c => $"{c.Activity!.Name} in {c.SolutionArea!.Name}");

    private static bool NotOffered(Claim c) => c.SolutionArea is { } area && c.Activity is { } activity && !area.Offers(activity);
}
