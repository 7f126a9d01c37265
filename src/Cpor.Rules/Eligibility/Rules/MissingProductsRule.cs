using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-021: the proof of execution does not list the line's product or workload (letter case ignored).</summary>
[Name("CPOR-021"), Tag("line"), Tag("ActionRequired"), Description("The PoE does not list a claimed product/workload.")]
internal sealed class MissingProductsRule() : CatalogueRule(FindingCode.MissingProducts, RuleScope.Line, "manage")
{
    public override void Define()
    {
        LineFact line = null!;
        When().Match(() => line, l => l.Claim.Claim.ProofOfExecution != null && !l.Claim.Claim.ProofOfExecution.Lists(l.Product));
        Then().Do(_ => line.Report(FindingCode.MissingProducts, EchoText.Of(line.Product)));
    }
}
