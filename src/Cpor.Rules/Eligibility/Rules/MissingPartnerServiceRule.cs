using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-020: the PoE does not describe the partner's service.</summary>
[Name("CPOR-020"), Tag("claim"), Tag("ActionRequired"), Description("The PoE does not describe the partner's service.")]
internal sealed class MissingPartnerServiceRule() : CatalogueRule(FindingCode.MissingPartnerService, RuleScope.Claim, "manage")
{
    public override void Define()
    {
        ClaimFact claim = null!;
        When().Match(() => claim, c => Undescribed(c.Claim));
        Then().Do(_ => claim.Report(FindingCode.MissingPartnerService, null));
    }

    private static bool Undescribed(Claim c)
        => c.ProofOfExecution is { DescribesPartnerService: false } && !c.HasUnreadableServiceDescription;
}
