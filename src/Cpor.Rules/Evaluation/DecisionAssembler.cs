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

        // All findings (none allocated for a clean claim), ordered claim-level first, then line by line, each by code.
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

        found?.Sort(ByLineThenCode);

        // The decision is kept until the batch is written: the findings go into an array of their exact size (the
        // list and its spare capacity are left to die young), and each line's own findings are a copy of its slice.
        Finding[] all = found is null ? [] : [.. found];
        Severity? claimLevel = null;
        var next = 0;
        while (next < all.Length && all[next].Line is null)
        {
            claimLevel = OutcomePolicy.MorePressing(claimLevel, all[next++].Severity);
        }

        var faulted = fact.Faults is not null;
        var lineFacts = fact.LineArray;
        IReadOnlyList<ArbitrationResult> arbitrations = contests ?? [];
        IReadOnlyList<RuleFiring> explanation = fact.Firings ?? (IReadOnlyList<RuleFiring>)[];
        if (next == all.Length)
        {
            // No line has findings of its own: every line, and so the claim (also without lines), has the outcome the
            // claim-level findings give.
            var keyParts = lineFacts.Length switch
            {
                0 => null,
                1 => KeyPart(lineFacts[0]),
                _ => Array.ConvertAll(lineFacts, KeyPart),
            };
            // Stryker disable once Conditional,Equality : ForClaimWithoutLines is ForLine without a tie by definition (OutcomePolicy); the call names the case
            var uniform = lineFacts.Length == 0
                ? OutcomePolicy.ForClaimWithoutLines(claimLevel, faulted)
                : OutcomePolicy.ForLine(claimLevel, faulted, tiedForFirst: false);
            return new ClaimDecision(claim, ClaimOutcome.Of(uniform, all), keyParts, arbitrations, explanation);
        }

        OutcomeKind? outcome = null;
        var lines = new LineDecision[lineFacts.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var first = next;
            var mostPressing = claimLevel;
            var tiedForFirst = false;
            while (next < all.Length && all[next].Line!.Index == i)
            {
                mostPressing = OutcomePolicy.MorePressing(mostPressing, all[next].Severity);
                tiedForFirst |= all[next].Code == FindingCode.CompetingClaimUnderReview;
                next++;
            }

            // Stryker disable once Conditional : [] and an empty slice read the same, as do the whole array and a copy of it; the cases only save allocations
            IReadOnlyList<Finding> own = next == first ? [] : first == 0 && next == all.Length ? all : all[first..next];
            var lineOutcome = OutcomePolicy.ForLine(mostPressing, faulted, tiedForFirst);
            lines[i] = new LineDecision(claim.Lines[i], KeyPart(lineFacts[i]), lineOutcome, own);
            outcome = outcome is null ? lineOutcome : OutcomePolicy.Combine(outcome, lineOutcome);
        }

        // Some line has findings of its own, so there is at least one line and an outcome.
        return new ClaimDecision(claim, ClaimOutcome.Of(outcome!, all), lines, arbitrations, explanation);
    }

    private static object? KeyPart(LineFact line) => LineDecision.KeyPartOf(line.Key, line.Subscription, line.Line);

    private static int ByLineThenCode(Finding x, Finding y)
    {
        var byLine = (x.Line?.Index ?? -1).CompareTo(y.Line?.Index ?? -1);
        return byLine != 0 ? byLine : x.Code.Value.CompareTo(y.Code.Value);
    }
}
