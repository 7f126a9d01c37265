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
    /// <summary>The decision on the claim of <paramref name="fact"/>, made at once (for tests: a batch files <see cref="Assemble"/>'s result).</summary>
    public static ClaimDecision Decide(ClaimFact fact, IReadOnlyList<ArbitrationResult>? contests)
    {
        var assembled = Assemble(fact);
        return new ClaimDecision(
            fact.Claim,
            ClaimOutcome.Of(assembled.Kind, assembled.Findings is { } findings ? [.. findings] : []),
            assembled.Lines,
            contests ?? [],
            fact.Firings ?? (IReadOnlyList<RuleFiring>)[]);
    }

    /// <summary>The outcome, the ordered findings and the lines of the claim of <paramref name="fact"/>.</summary>
    public static AssembledDecision Assemble(ClaimFact fact)
    {
        var claim = fact.Claim;

        // All findings (none allocated for a clean claim), ordered claim-level first, then line by line, each by code.
        var all = fact.Findings;
        if (fact.Faults is { } faults)
        {
            all ??= [];
            foreach (var ruleId in faults.Select(f => f.RuleId).Distinct(StringComparer.Ordinal))
            {
                // The partner reads only which rule failed; the exception goes to the batch's fault list.
                all.Add(new Finding(FindingCode.EvaluationFault, claim, null, $"rule {EchoText.Of(ruleId)} failed"));
            }
        }

        all?.Sort(ByLineThenCode);
        var count = all?.Count ?? 0;
        Severity? claimLevel = null;
        var next = 0;
        while (next < count && all![next].Line is null)
        {
            claimLevel = OutcomePolicy.MorePressing(claimLevel, all[next++].Severity);
        }

        var faulted = fact.Faults is not null;
        var lineFacts = fact.LineArray;
        if (next == count)
        {
            // No line has findings of its own: every line, and so the claim (also without lines), has the outcome the
            // claim-level findings give.
            // Stryker disable once Conditional,Equality : ForClaimWithoutLines is ForLine without a tie by definition (OutcomePolicy); the call names the case
            var uniform = lineFacts.Length == 0
                ? OutcomePolicy.ForClaimWithoutLines(claimLevel, faulted)
                : OutcomePolicy.ForLine(claimLevel, faulted, tiedForFirst: false);
            return new AssembledDecision(uniform, all, KeyParts(lineFacts));
        }

        OutcomeKind? outcome = null;
        var kinds = new OutcomeKind[lineFacts.Length];
        for (var i = 0; i < lineFacts.Length; i++)
        {
            var mostPressing = claimLevel;
            var tiedForFirst = false;
            while (next < count && all![next].Line!.Index == i)
            {
                mostPressing = OutcomePolicy.MorePressing(mostPressing, all[next].Severity);
                tiedForFirst |= all[next].Code == FindingCode.CompetingClaimUnderReview;
                next++;
            }

            kinds[i] = OutcomePolicy.ForLine(mostPressing, faulted, tiedForFirst);
            outcome = outcome is null ? kinds[i] : OutcomePolicy.Combine(outcome, kinds[i]);
        }

        // Some line has findings of its own, so there is at least one line and an outcome. ClaimDecision makes the
        // lines when they are read, each with its slice of the claim's findings; only when their outcomes differ
        // (never for one line) are the outcomes kept too.
        // Stryker disable once Block : LineOutcomes whose outcomes are all the claim's make the same lines; the case only saves an array
        if (Array.TrueForAll(kinds, kind => kind == outcome))
        {
            return new AssembledDecision(outcome!, all, KeyParts(lineFacts));
        }

        return new AssembledDecision(outcome!, all, new LineOutcomes(KeyParts(lineFacts), kinds));
    }

    private static object? KeyParts(LineFact[] lineFacts)
        => lineFacts.Length switch
        {
            0 => null,
            1 => KeyPart(lineFacts[0]),
            _ => Array.ConvertAll(lineFacts, KeyPart),
        };

    private static object? KeyPart(LineFact line) => LineDecision.KeyPartOf(line.Key, line.Subscription, line.Line);

    private static int ByLineThenCode(Finding x, Finding y)
    {
        var byLine = (x.Line?.Index ?? -1).CompareTo(y.Line?.Index ?? -1);
        return byLine != 0 ? byLine : x.Code.Value.CompareTo(y.Code.Value);
    }
}
