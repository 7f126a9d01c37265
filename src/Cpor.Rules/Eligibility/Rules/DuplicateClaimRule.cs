using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>
/// CPOR-016: the same partner claims the same key more than once in one batch. The earliest submission stays, then
/// the lowest claim ID (ordinal), then the earlier line; every other line gets the finding.
/// </summary>
internal sealed class DuplicateClaimRule() : CatalogueRule(
    FindingCode.DuplicateClaim,
    RuleScope.Line,
    "The same partner claims the same key twice in one batch; the earliest submission (then lowest ClaimId) stays.",
    "assumption")
{
    public override void Define(RuleBuilder rule)
        => rule.Collect<ResolvedLine, (PartnerId Partner, AssociationKey Key)>(
                r => (r.Line.Claim.PartnerId!.Value, r.Key!.Value),
                r => r.Key is not null && r.Line.Claim.PartnerId is not null)
            .Where(group => group.Count > 1)
            .YieldMany<Finding>((group, emit) =>
            {
                var kept = group[0];
                foreach (var candidate in group)
                {
                    if (Earlier(candidate.Line, kept.Line))
                    {
                        kept = candidate;
                    }
                }

                foreach (var duplicate in group)
                {
                    if (!ReferenceEquals(duplicate, kept))
                    {
                        emit.Emit(On(duplicate.Line, $"kept: claim {kept.Line.Claim.Id?.ToString() ?? "(no id)"}"));
                    }
                }
            });

    private static bool Earlier(ClaimLine x, ClaimLine y)
    {
        var bySubmission = Compare(x.Claim.SubmittedOn, y.Claim.SubmittedOn);
        if (bySubmission != 0)
        {
            return bySubmission < 0;
        }

        var byId = Compare(x.Claim.Id, y.Claim.Id);
        return byId != 0 ? byId < 0 : x.Index < y.Index && ReferenceEquals(x.Claim, y.Claim);
    }

    // A missing value sorts last: a claim whose date or ID could not be read never displaces a readable one.
    private static int Compare<T>(T? x, T? y)
        where T : struct, IComparable<T>
        => x is { } a ? (y is { } b ? a.CompareTo(b) : -1) : (y is null ? 0 : 1);
}
