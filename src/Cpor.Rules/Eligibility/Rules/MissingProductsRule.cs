using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-021: the proof of execution does not list the line's product or workload (letter case ignored).</summary>
internal sealed class MissingProductsRule() : CatalogueRule(FindingCode.MissingProducts, RuleScope.Line, "The PoE does not list a claimed product/workload.", "manage")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<ClaimLine>(l => l.Claim.ProofOfExecution is { } poe && !poe.Lists(l.Product))
            .Yield(l => On(l, l.Product));
}
