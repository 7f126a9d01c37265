using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>
/// CPOR-018: the proof of execution bears no customer acknowledgment or signature. An acknowledgment date that was
/// given but cannot be read is reported by CPOR-000 alone.
/// </summary>
internal sealed class MissingCustomerAcknowledgmentRule() : CatalogueRule(FindingCode.MissingCustomerAcknowledgment, RuleScope.Claim, "The PoE has no customer acknowledgment/signature.", "manage")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<Claim>(c => c.ProofOfExecution is { CustomerAcknowledgedOn: null } && !c.CouldNotRead(Claim.AcknowledgedOnField))
            .Yield(c => On(c));
}
