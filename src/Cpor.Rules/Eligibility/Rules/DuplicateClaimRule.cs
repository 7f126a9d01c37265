using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>
/// CPOR-016: the same partner claims the same key more than once in one batch. The earliest submission stays, then
/// the lowest claim ID (ordinal), then the earlier line; every other line gets the finding.
/// </summary>
[Name("CPOR-016"), Tag("line"), Tag("Blocking")]
[Description("The same partner claims the same key twice in one batch; the earliest submission (then lowest ClaimId) stays.")]
internal sealed class DuplicateClaimRule() : CatalogueRule(FindingCode.DuplicateClaim, RuleScope.Line, "assumption")
{
    public override void Define()
    {
        DuplicateClaims group = null!;
        When().Match(() => group, g => g.Lines.Count > 1);
        Then().Do(_ => Report(group));
    }

    private static void Report(DuplicateClaims group)
    {
        var kept = group.Lines[0];
        foreach (var candidate in group.Lines)
        {
            if (Earlier(candidate.Line, kept.Line))
            {
                kept = candidate;
            }
        }

        var detail = $"kept: claim {(kept.Line.Claim.Id is { } id ? EchoText.Of(id.ToString()) : "(no id)")}";
        foreach (var duplicate in group.Lines)
        {
            if (!ReferenceEquals(duplicate, kept))
            {
                duplicate.Report(FindingCode.DuplicateClaim, detail);
            }
        }
    }

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
