using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>
/// CPOR-D01: a Business Applications line that resolved to one subscription of the tenant claims the association
/// (tenant, subscription): its key enters duplicate detection and arbitration. The library looked the subscription up
/// (DOMAIN.md section 3); a line that did not resolve has no key and takes part in neither.
/// </summary>
[Name("CPOR-D01"), Tag("derivation"), Tag("line"), Description("A resolved Business Applications line claims the association key (tenant, subscription).")]
internal sealed class KeySubscriptionLineRule : Rule
{
    public override void Define()
    {
        LineFact line = null!;
        When().Match(() => line, l => l.Claim.Claim.SolutionArea == SolutionArea.BusinessApplications && l.Resolution == LineResolution.Resolved);
        Then().Do(_ => Enter(line));
    }

    internal static void Enter(LineFact line) => line.IsKeyed = true;
}
