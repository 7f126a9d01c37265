using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;

namespace Cpor.Rules.Evaluation;

/// <summary>The decision on one claim: its outcome with all findings, each line's outcome, and why.</summary>
public sealed class ClaimDecision
{
    internal ClaimDecision(
        Claim claim,
        ClaimOutcome outcome,
        IReadOnlyList<LineDecision> lines,
        IReadOnlyList<ArbitrationResult> arbitrations,
        IReadOnlyList<RuleFiring> explanation)
    {
        Claim = claim;
        Outcome = outcome;
        Lines = lines;
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
    public IReadOnlyList<LineDecision> Lines { get; }

    /// <summary>The contests this claim's lines took part in.</summary>
    public IReadOnlyList<ArbitrationResult> Arbitrations { get; }

    /// <summary>
    /// The rule firings on this claim's facts (its claim, lines, resolved lines, contests), in firing order; empty when
    /// <see cref="EvaluationOptions.Explain"/> is off.
    /// </summary>
    public IReadOnlyList<RuleFiring> Explanation { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Claim}: {Kind.Name} ({Findings.Count} finding(s))";
}
