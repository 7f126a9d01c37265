using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-017: no proof of execution is attached.</summary>
internal sealed class MissingAllPoeRule() : CatalogueRule(FindingCode.MissingAllPoe, RuleScope.Claim, "No proof of execution is attached.", "manage")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<Claim>(c => c.ProofOfExecution is null).Yield(c => On(c));
}
