using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-018: the PoE has no customer acknowledgment (a date given but unreadable is CPOR-000's).</summary>
[Name("CPOR-018"), Tag("claim"), Tag("ActionRequired"), Description("The PoE has no customer acknowledgment/signature.")]
internal sealed class MissingCustomerAcknowledgmentRule() : CatalogueRule(FindingCode.MissingCustomerAcknowledgment, RuleScope.Claim, "manage")
{
    public override void Define()
    {
        ClaimFact claim = null!;
        When().Match(() => claim, c => Unacknowledged(c.Claim));
        Then().Do(_ => claim.Report(FindingCode.MissingCustomerAcknowledgment, null));
    }

    private static bool Unacknowledged(Claim c)
        => c.ProofOfExecution is { CustomerAcknowledgedOn: null } && !c.HasUnreadableAcknowledgmentDate;
}
