using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;

namespace Cpor.Rules.Evaluation;

/// <summary>The decision on one claim: its outcome with all findings, each line's outcome, and why.</summary>
public sealed class ClaimDecision
{
    // A batch keeps one decision per claim alive until it is written, so a decision is kept small. Most lines have no
    // findings of their own, and then every line has the outcome the claim-level findings give, which is the claim's
    // outcome too; only the keys differ. For such a claim _lines holds only what the keys are made of (the one line's
    // key part, see LineDecision.KeyPartOf, or an array of them), and the LineDecision objects are made when Lines is
    // first read. When some line has findings of its own, _lines is the LineDecision[] made at once.
    private object? _lines;

    /// <summary>A decision whose lines were made at once (some line has findings of its own).</summary>
    internal ClaimDecision(
        Claim claim,
        ClaimOutcome outcome,
        LineDecision[] lines,
        IReadOnlyList<ArbitrationResult> arbitrations,
        IReadOnlyList<RuleFiring> explanation)
        : this(claim, outcome, (object)lines, arbitrations, explanation)
    {
    }

    /// <summary>
    /// A decision whose lines have no findings of their own, so each has the claim's outcome:
    /// <paramref name="keyParts"/> is the one line's key part, an array of them for two lines or more, and
    /// <see langword="null"/> for a claim without lines.
    /// </summary>
    internal ClaimDecision(
        Claim claim,
        ClaimOutcome outcome,
        object? keyParts,
        IReadOnlyList<ArbitrationResult> arbitrations,
        IReadOnlyList<RuleFiring> explanation)
    {
        Claim = claim;
        Outcome = outcome;
        _lines = keyParts;
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

    private LineDecision MakeLine(object? keyParts, int index)
        => new(Claim.Lines[index], keyParts is object?[] parts ? parts[index] : keyParts, Outcome.Kind, []);

    /// <summary>The lines, made from the key parts the first time.</summary>
    private LineDecision[] MakeLines()
    {
        var keyParts = Volatile.Read(ref _lines);
        if (keyParts is LineDecision[] made)
        {
            return made;
        }

        var lines = new LineDecision[Claim.Lines.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = MakeLine(keyParts, i);
        }

        // Two threads may both make them; they are equal, and every reader gets the ones that were kept.
        return Interlocked.CompareExchange(ref _lines, lines, keyParts) as LineDecision[] ?? lines;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Claim}: {Kind.Name} ({Findings.Count} finding(s))";
}
