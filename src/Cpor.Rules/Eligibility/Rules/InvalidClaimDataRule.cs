using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-000: one finding per field of the claim that could not be read.</summary>
internal sealed class InvalidClaimDataRule() : CatalogueRule(
    FindingCode.InvalidClaimData,
    RuleScope.Claim,
    "A field of the claim cannot be read: unknown enum name, malformed tenant ID or partner ID, missing required field.",
    "assumption")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<Claim>(c => c.DataErrors.Count > 0).YieldMany<Finding>((claim, emit) =>
        {
            foreach (var error in claim.DataErrors)
            {
                emit.Emit(On(claim, error.ToString()));
            }
        });
}
