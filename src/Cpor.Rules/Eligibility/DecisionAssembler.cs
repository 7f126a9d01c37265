using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility;

/// <summary>
/// Turns fired sessions into decisions: gathers each claim's findings through the sessions' hash indexes and
/// applies the outcome precedence of the catalogue. Linear in the claims, lines and findings.
/// </summary>
internal static class DecisionAssembler
{
    public static BatchResult Assemble(CporRuleSet ruleSet, Claim[] claims, IReadOnlyList<Session> sessions, int[]? partitionOf)
    {
        var contests = ContestsByClaim(sessions);
        var faults = sessions.Count == 1 ? sessions[0].Faults : [.. sessions.SelectMany(s => s.Faults)];
        var faultFindings = faults.Count == 0 ? null : FaultFindings(faults);
        var explanations = ruleSet.Options.Explain ? Explanations(sessions) : null;

        var decisions = new ClaimDecision[claims.Length];
        var arbitrations = new List<ArbitrationResult>();
        var seen = new HashSet<ArbitrationResult>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < claims.Length; i++)
        {
            var claim = claims[i];
            var session = sessions[partitionOf?[i] ?? 0];
            var claimContests = contests.GetValueOrDefault(claim) ?? (IReadOnlyList<ArbitrationResult>)[];
            decisions[i] = Decide(
                claim,
                session,
                faultFindings?.GetValueOrDefault(claim),
                claimContests,
                explanations?.GetValueOrDefault(claim) ?? (IReadOnlyList<RuleFiring>)[]);
            foreach (var contest in claimContests)
            {
                if (seen.Add(contest))
                {
                    arbitrations.Add(contest);
                }
            }
        }

        return new BatchResult(CporRuleSet.Name, ruleSet.Options.EvaluationDate, decisions, arbitrations, faults);
    }

    private static ClaimDecision Decide(
        Claim claim,
        Session session,
        List<Finding>? faultFindings,
        IReadOnlyList<ArbitrationResult> contests,
        IReadOnlyList<RuleFiring> explanation)
    {
        // One list for all findings (none allocated for a clean claim), ordered claim-level first, then line by line,
        // each by code; each line's findings are then a slice of it.
        List<Finding>? found = null;
        foreach (var finding in session.Lookup(CporIndexes.FindingsByClaim, claim))
        {
            (found ??= []).Add(finding);
        }

        foreach (var finding in session.Lookup(CporIndexes.ArbitrationFindingsByClaim, claim))
        {
            (found ??= []).Add(finding.Finding);
        }

        if (faultFindings is not null)
        {
            (found ??= []).AddRange(faultFindings);
        }

        IReadOnlyList<Finding> all = found ?? (IReadOnlyList<Finding>)[];
        found?.Sort(ByLineThenCode);
        var claimSeverity = 0;
        var next = 0;
        while (found is not null && next < found.Count && found[next].Line is null)
        {
            claimSeverity = Math.Max(claimSeverity, Weight(found[next++]));
        }

        var lines = new LineDecision[claim.Lines.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = claim.Lines[i];
            var first = next;
            while (found is not null && next < found.Count && found[next].Line!.Index == i)
            {
                next++;
            }

            IReadOnlyList<Finding> own = next == first ? [] : found!.GetRange(first, next - first);
            AssociationKey? key = null;
            foreach (var resolved in session.Lookup(CporIndexes.ResolvedLinesByLine, line))
            {
                key = resolved.Key;
            }

            lines[i] = new LineDecision(line, key, LineOutcome(claimSeverity, own), own);
        }

        var outcome = ClaimOutcomeOf(claimSeverity, lines);
        return new ClaimDecision(claim, ClaimOutcome.Of(outcome, all), lines, contests, explanation);
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

    private static OutcomeKind LineOutcome(int claimSeverity, IReadOnlyList<Finding> own)
    {
        var worst = Math.Max(claimSeverity, Worst(own));
        if (worst == 3)
        {
            return OutcomeKind.Rejected;
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

    private static OutcomeKind ClaimOutcomeOf(int claimSeverity, LineDecision[] lines)
    {
        if (lines.Length == 0)
        {
            return claimSeverity == 3 ? OutcomeKind.Rejected : claimSeverity == 2 ? OutcomeKind.ActionRequired : OutcomeKind.Eligible;
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

    private static Dictionary<Claim, List<ArbitrationResult>> ContestsByClaim(IReadOnlyList<Session> sessions)
    {
        var byClaim = new Dictionary<Claim, List<ArbitrationResult>>(ReferenceEqualityComparer.Instance);
        foreach (var session in sessions)
        {
            foreach (var contest in session.Query<ArbitrationResult>())
            {
                foreach (var place in contest.Ranking)
                {
                    if (place.Contender.Line is { } line)
                    {
                        if (!byClaim.TryGetValue(line.Claim, out var list))
                        {
                            byClaim[line.Claim] = list = [];
                        }

                        if (list.Count == 0 || !ReferenceEquals(list[^1], contest))
                        {
                            list.Add(contest);
                        }
                    }
                }
            }
        }

        return byClaim;
    }

    /// <summary>A rule that threw must never let a claim through: each claim it concerned is rejected, naming the rule.</summary>
    private static Dictionary<Claim, List<Finding>> FaultFindings(IReadOnlyList<RuleFault> faults)
    {
        var byClaim = new Dictionary<Claim, List<Finding>>(ReferenceEqualityComparer.Instance);
        foreach (var fault in faults)
        {
            foreach (var claim in Owners(fault.Facts).Distinct(ReferenceEqualityComparer.Instance).Cast<Claim>())
            {
                if (!byClaim.TryGetValue(claim, out var list))
                {
                    byClaim[claim] = list = [];
                }

                list.Add(new Finding(FindingCode.InvalidClaimData, claim, null, $"rule {fault.RuleId} failed: {fault.Exception.Message}"));
            }
        }

        return byClaim;
    }

    private static Dictionary<Claim, List<RuleFiring>> Explanations(IReadOnlyList<Session> sessions)
    {
        var byClaim = new Dictionary<Claim, List<RuleFiring>>(ReferenceEqualityComparer.Instance);
        var owners = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
        foreach (var session in sessions)
        {
            foreach (var firing in session.Firings)
            {
                owners.Clear();
                owners.UnionWith(Owners(firing.Facts));
                owners.UnionWith(Owners(firing.Produced));
                foreach (var owner in owners)
                {
                    if (!byClaim.TryGetValue(owner, out var list))
                    {
                        byClaim[owner] = list = [];
                    }

                    list.Add(firing);
                }
            }
        }

        return byClaim;
    }

    /// <summary>The claims a fact concerns.</summary>
    private static IEnumerable<Claim> Owners(IEnumerable<object?> facts)
    {
        foreach (var fact in facts)
        {
            switch (fact)
            {
                case Claim claim:
                    yield return claim;
                    break;
                case ClaimLine line:
                    yield return line.Claim;
                    break;
                case ResolvedLine resolved:
                    yield return resolved.Line.Claim;
                    break;
                case Finding finding:
                    yield return finding.Claim;
                    break;
                case Contender { Line: { } line }:
                    yield return line.Claim;
                    break;
                case ArbitrationFinding arbitrationFinding:
                    yield return arbitrationFinding.Finding.Claim;
                    break;
                case ArbitrationResult contest:
                    foreach (var place in contest.Ranking)
                    {
                        if (place.Contender.Line is { } contenderLine)
                        {
                            yield return contenderLine.Claim;
                        }
                    }

                    break;
            }
        }
    }
}
