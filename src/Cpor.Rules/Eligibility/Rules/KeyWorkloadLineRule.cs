using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>
/// CPOR-D02: a Microsoft 365 line whose workload is present on the tenant claims the association (tenant, workload):
/// its key enters duplicate detection and arbitration, when another party claims that key too (see CPOR-D01).
/// </summary>
[Name("CPOR-D02"), Tag("derivation"), Tag("line"), Description("A resolved Microsoft 365 line whose key another party claims too enters duplicate detection and arbitration on (tenant, workload).")]
internal sealed class KeyWorkloadLineRule : Rule
{
    public override void Define()
    {
        LineFact line = null!;
        When().Match(() => line, l => l.Claim.Claim.SolutionArea == SolutionArea.Microsoft365 && l.Resolution == LineResolution.Resolved && l.IsMet);
        Then().Do(_ => KeySubscriptionLineRule.Enter(line));
    }
}
