using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;

namespace Cpor.Rules.Evaluation;

/// <summary>
/// Turns one claim's collected findings into its decision: orders the findings, gives each line its own, and asks
/// <see cref="OutcomePolicy"/> for the outcomes (DOMAIN.md sections 4 and 8). Linear in the claim's lines and findings.
/// </summary>
internal static class DecisionAssembler
{
    public static ClaimDecision Decide(ClaimFact fact, IReadOnlyList<ArbitrationResult>? contests)
    {
        var claim = fact.Claim;

        // One list for all findings (none allocated for a clean claim), ordered claim-level first, then line by line,
        // each by code; each line's findings are then a slice of it.
        var found = fact.Findings;
        if (fact.Faults is { } faults)
        {
            found ??= [];
            foreach (var ruleId in faults.Select(f => f.RuleId).Distinct(StringComparer.Ordinal))
            {
                // The partner reads only which rule failed; the exception goes to the batch's fault list.
                found.Add(new Finding(FindingCode.EvaluationFault, claim, null, $"rule {EchoText.Of(ruleId)} failed"));
            }
        }

        IReadOnlyList<Finding> all = found ?? (IReadOnlyList<Finding>)[];
        found?.Sort(ByLineThenCode);
        Severity? claimLevel = null;
        var next = 0;
        while (found is not null && next < found.Count && found[next].Line is null)
        {
            claimLevel = OutcomePolicy.MorePressing(claimLevel, found[next++].Severity);
        }

        var faulted = fact.Faults is not null;
        OutcomeKind? outcome = null;
        var lines = new LineDecision[claim.Lines.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            var first = next;
            var mostPressing = claimLevel;
            var tiedForFirst = false;
            while (found is not null && next < found.Count && found[next].Line!.Index == i)
            {
                mostPressing = OutcomePolicy.MorePressing(mostPressing, found[next].Severity);
                tiedForFirst |= found[next].Code == FindingCode.CompetingClaimUnderReview;
                next++;
            }

            IReadOnlyList<Finding> own = next == first ? [] : found!.GetRange(first, next - first);
            var lineOutcome = OutcomePolicy.ForLine(mostPressing, faulted, tiedForFirst);
            lines[i] = new LineDecision(claim.Lines[i], fact.Lines[i].Key, lineOutcome, own);
            outcome = outcome is null ? lineOutcome : OutcomePolicy.Combine(outcome, lineOutcome);
        }

        outcome ??= OutcomePolicy.ForClaimWithoutLines(claimLevel, faulted);
        return new ClaimDecision(claim, ClaimOutcome.Of(outcome, all), lines, contests ?? [], fact.Firings ?? (IReadOnlyList<RuleFiring>)[]);
    }

    private static int ByLineThenCode(Finding x, Finding y)
    {
        var byLine = (x.Line?.Index ?? -1).CompareTo(y.Line?.Index ?? -1);
        return byLine != 0 ? byLine : x.Code.Value.CompareTo(y.Code.Value);
    }
}
