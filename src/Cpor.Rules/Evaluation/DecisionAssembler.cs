using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;

namespace Cpor.Rules.Evaluation;

/// <summary>
/// Turns one claim's collected findings into its decision, applying the outcome precedence of the catalogue
/// (DOMAIN.md section 4) and of faults (section 8). Linear in the claim's lines and findings.
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
        var claimSeverity = 0;
        var next = 0;
        while (found is not null && next < found.Count && found[next].Line is null)
        {
            claimSeverity = Math.Max(claimSeverity, Weight(found[next++]));
        }

        var faulted = fact.Faults is not null;
        var lines = new LineDecision[claim.Lines.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            var first = next;
            while (found is not null && next < found.Count && found[next].Line!.Index == i)
            {
                next++;
            }

            IReadOnlyList<Finding> own = next == first ? [] : found!.GetRange(first, next - first);
            lines[i] = new LineDecision(claim.Lines[i], fact.Lines[i].Key, LineOutcome(claimSeverity, own, faulted), own);
        }

        var outcome = ClaimOutcomeOf(claimSeverity, lines, faulted);
        return new ClaimDecision(claim, ClaimOutcome.Of(outcome, all), lines, contests ?? [], fact.Firings ?? (IReadOnlyList<RuleFiring>)[]);
    }

    private static int ByLineThenCode(Finding x, Finding y)
    {
        var byLine = (x.Line?.Index ?? -1).CompareTo(y.Line?.Index ?? -1);
        return byLine != 0 ? byLine : x.Code.Value.CompareTo(y.Code.Value);
    }

    /// <summary>0 none, 1 advisory only, 2 action required, 3 blocking.</summary>
    private static int Worst(IReadOnlyList<Finding> findings)
    {
        var worst = 0;
        foreach (var finding in findings)
        {
            worst = Math.Max(worst, Weight(finding));
        }

        return worst;
    }

    private static int Weight(Finding finding)
        => finding.Severity == Severity.Blocking ? 3 : finding.Severity == Severity.ActionRequired ? 2 : 1;

    private static OutcomeKind LineOutcome(int claimSeverity, IReadOnlyList<Finding> own, bool faulted)
    {
        var worst = Math.Max(claimSeverity, Worst(own));
        if (worst == 3)
        {
            return OutcomeKind.Rejected;
        }

        // A rule failed on the claim: unless a Blocking finding rejects it, a reviewer decides (DOMAIN.md section 8).
        if (faulted)
        {
            return OutcomeKind.UnderReview;
        }

        if (worst == 2)
        {
            return OutcomeKind.ActionRequired;
        }

        foreach (var finding in own)
        {
            if (finding.Code == FindingCode.CompetingClaimUnderReview)
            {
                return OutcomeKind.UnderReview;
            }
        }

        return OutcomeKind.Eligible;
    }

    private static OutcomeKind ClaimOutcomeOf(int claimSeverity, LineDecision[] lines, bool faulted)
    {
        if (lines.Length == 0)
        {
            return claimSeverity == 3 ? OutcomeKind.Rejected
                : faulted ? OutcomeKind.UnderReview
                : claimSeverity == 2 ? OutcomeKind.ActionRequired
                : OutcomeKind.Eligible;
        }

        int eligible = 0, rejected = 0, actionRequired = 0, underReview = 0;
        foreach (var line in lines)
        {
            if (line.Outcome == OutcomeKind.Eligible)
            {
                eligible++;
            }
            else if (line.Outcome == OutcomeKind.Rejected)
            {
                rejected++;
            }
            else if (line.Outcome == OutcomeKind.ActionRequired)
            {
                actionRequired++;
            }
            else
            {
                underReview++;
            }
        }

        if (eligible == lines.Length)
        {
            return OutcomeKind.Eligible;
        }

        if (rejected == lines.Length)
        {
            return OutcomeKind.Rejected;
        }

        return actionRequired > 0 ? OutcomeKind.ActionRequired : underReview > 0 ? OutcomeKind.UnderReview : OutcomeKind.PartiallyEligible;
    }
}
