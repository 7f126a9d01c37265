using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-017: no proof of execution is attached.</summary>
[Name("CPOR-017"), Tag("claim"), Tag("ActionRequired"), Description("No proof of execution is attached.")]
internal sealed class MissingAllPoeRule() : CatalogueRule(FindingCode.MissingAllPoe, RuleScope.Claim, "manage")
{
    public override void Define()
    {
        ClaimFact claim = null!;
        When().Match(() => claim, c => c.Claim.ProofOfExecution == null);
        Then().Do(_ => claim.Report(FindingCode.MissingAllPoe, null));
    }
}
