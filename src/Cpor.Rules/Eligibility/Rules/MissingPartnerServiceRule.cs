using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>
/// CPOR-020: the proof of execution does not describe the partner's service. A missing or unreadable answer is
/// reported by CPOR-000 alone.
/// </summary>
internal sealed class MissingPartnerServiceRule() : CatalogueRule(FindingCode.MissingPartnerService, RuleScope.Claim, "The PoE does not describe the partner's service.", "manage")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<Claim>(c => c.ProofOfExecution is { DescribesPartnerService: false } && !c.CouldNotRead(Claim.DescribesPartnerServiceField))
            .Yield(c => On(c));
}
