using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>
/// CPOR-D01: a Business Applications line that resolved to one subscription of the tenant claims the association
/// (tenant, subscription): its key enters duplicate detection and arbitration. The library looked the subscription up
/// (DOMAIN.md section 3); a line that did not resolve has no key and takes part in neither. Only a key that another
/// party claims too (another line of the batch, or the incumbent) can make a duplicate or a contest, so a line alone
/// on its key is not keyed: it is decided by its own findings, and the firing it would cost (once per line of every
/// batch) is saved.
/// </summary>
[Name("CPOR-D01"), Tag("derivation"), Tag("line"), Description("A resolved Business Applications line whose key another party claims too enters duplicate detection and arbitration on (tenant, subscription).")]
internal sealed class KeySubscriptionLineRule : Rule
{
    public override void Define()
    {
        LineFact line = null!;
        When().Match(() => line, l => l.Claim.Claim.SolutionArea == SolutionArea.BusinessApplications && l.Resolution == LineResolution.Resolved && l.IsMet);
        Then().Do(_ => Enter(line));
    }

    internal static void Enter(LineFact line) => line.IsKeyed = true;
}
