using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-000: one finding per field of the claim that could not be read.</summary>
[Name("CPOR-000"), Tag("claim"), Tag("Blocking")]
[Description("A field of the claim cannot be read: unknown enum name, malformed tenant ID or partner ID, missing required field.")]
internal sealed class InvalidClaimDataRule() : CatalogueRule(FindingCode.InvalidClaimData, RuleScope.Claim, "assumption")
{
    public override void Define()
    {
        ClaimFact claim = null!;
        When().Match(() => claim, c => c.DataErrors.Count > 0);
        Then().Do(_ => Report(claim));
    }

    private static void Report(ClaimFact claim)
    {
        foreach (var error in claim.DataErrors)
        {
            claim.Report(FindingCode.InvalidClaimData, error.ToString());
        }
    }
}
