using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;

namespace Cpor.Rules.Evaluation;

/// <summary>The decision on one claim: its outcome with all findings, each line's outcome, and why.</summary>
public sealed class ClaimDecision
{
    // A decision is made when it is first read (a batch keeps its decisions as columns, see DecisionTable), and its
    // lines when they are first read: until then _lines holds what the keys are made of (the one line's key part, see
    // LineDecision.KeyPartOf, or an array of them) when every line has the claim's outcome (always so for one line), or
    // a LineOutcomes when their outcomes differ; then the LineDecision[] made. Each line's own findings are its slice of
    // the claim's (the same Finding objects).
    private object? _lines;

    /// <summary>
    /// A decision whose lines are made when read from <paramref name="lines"/>: the one line's key part, an array of
    /// them for two lines or more, or <see langword="null"/> for a claim without lines, when every line has the claim's
    /// outcome; otherwise a <see cref="LineOutcomes"/>.
    /// </summary>
    internal ClaimDecision(
        Claim claim,
        ClaimOutcome outcome,
        object? lines,
        IReadOnlyList<ArbitrationResult> arbitrations,
        IReadOnlyList<RuleFiring> explanation)
    {
        Claim = claim;
        Outcome = outcome;
        _lines = lines;
        Arbitrations = arbitrations;
        Explanation = explanation;
    }

    /// <summary>The claim decided.</summary>
    public Claim Claim { get; }

    /// <summary>The claim's ID; <see langword="null"/> only when it could not be read.</summary>
    public ClaimId? ClaimId => Claim.Id;

    /// <summary>The outcome, carrying every finding.</summary>
    public ClaimOutcome Outcome { get; }

    /// <summary>The outcome by name.</summary>
    public OutcomeKind Kind => Outcome.Kind;

    /// <summary>Every finding: claim-level ones first, then line by line; within each, in rule order.</summary>
    public IReadOnlyList<Finding> Findings => Outcome.Findings;

    /// <summary>One decision per line, in the claim's order.</summary>
    /// <remarks>Made when first read (thread-safe; every read returns the same list).</remarks>
    public IReadOnlyList<LineDecision> Lines => MakeLines();

    /// <summary>The contests this claim's lines took part in.</summary>
    public IReadOnlyList<ArbitrationResult> Arbitrations { get; }

    /// <summary>
    /// The rule firings on this claim's facts (its claim, lines, resolved lines, contests), in firing order; empty when
    /// <see cref="EvaluationOptions.Explain"/> is off.
    /// </summary>
    public IReadOnlyList<RuleFiring> Explanation { get; }

    /// <summary>The number of lines, without making them.</summary>
    internal int LineCount => Claim.Lines.Count;

    /// <summary>
    /// The decision on the line at <paramref name="index"/>, without keeping it: a writer that reads every line of a
    /// batch once should not make the batch's decisions grow by a line object each.
    /// </summary>
    internal LineDecision LineAt(int index)
    {
        var kept = Volatile.Read(ref _lines);
        return kept is LineDecision[] lines ? lines[index] : MakeLine(kept, index);
    }

    private LineDecision MakeLine(object? kept, int index)
    {
        var (keyParts, outcome) = kept is LineOutcomes differing ? (differing.KeyParts, differing.Kinds[index]) : (kept, Outcome.Kind);
        return new(Claim.Lines[index], keyParts is object?[] parts ? parts[index] : keyParts, outcome, OwnFindings(Findings, index));
    }

    /// <summary>
    /// The findings of the line at <paramref name="index"/>: the run of <paramref name="all"/> (claim-level findings
    /// first, then line by line) on that line; <paramref name="all"/> itself when that is all of them.
    /// </summary>
    internal static IReadOnlyList<Finding> OwnFindings(IReadOnlyList<Finding> all, int index)
    {
        // The first finding on this line or a later one, by binary search: a writer reads every line of a claim, and a
        // claim may have tens of thousands of lines, each with findings.
        int first = 0, end = all.Count;
        while (first < end)
        {
            var middle = first + ((end - first) / 2);
            if ((all[middle].Line?.Index ?? -1) < index)
            {
                first = middle + 1;
            }
            else
            {
                end = middle;
            }
        }

        var next = first;
        while (next < all.Count && all[next].Line!.Index == index)
        {
            next++;
        }

        if (next == first)
        {
            return [];
        }

        if (first == 0 && next == all.Count)
        {
            return all;
        }

        var own = new Finding[next - first];
        for (var i = 0; i < own.Length; i++)
        {
            own[i] = all[first + i];
        }

        return own;
    }

    /// <summary>The lines, made the first time.</summary>
    private LineDecision[] MakeLines()
    {
        var kept = Volatile.Read(ref _lines);
        if (kept is LineDecision[] made)
        {
            return made;
        }

        var lines = new LineDecision[Claim.Lines.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = MakeLine(kept, i);
        }

        // Two threads may both make them; they are equal, and every reader gets the ones that were kept.
        return Interlocked.CompareExchange(ref _lines, lines, kept) as LineDecision[] ?? lines;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Claim}: {Kind.Name} ({Findings.Count} finding(s))";
}
