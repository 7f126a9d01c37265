using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-007: a Business Applications line gives a subscription identifier that is not GUID-shaped.</summary>
[Name("CPOR-007"), Tag("line"), Tag("Blocking")]
[Description("A Business Applications line gives a subscription identifier that is not a subscription ID (not GUID-shaped).")]
internal sealed class NotASubscriptionIdRule() : CatalogueRule(FindingCode.NotASubscriptionId, RuleScope.Line, "seed")
{
    public override void Define()
    {
        LineFact line = null!;
        When().Match(() => line, l => l.Claim.Claim.SolutionArea == SolutionArea.BusinessApplications && l.Claim.Claim.MalformedSubscriptionId != null);
        Then().Do(_ => line.Report(FindingCode.NotASubscriptionId, EchoText.Of(line.Claim.Claim.MalformedSubscriptionId!)));
    }
}
