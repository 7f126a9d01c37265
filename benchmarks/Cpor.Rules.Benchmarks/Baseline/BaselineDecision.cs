using Cpor.Rules.Domain;

namespace Cpor.Rules.Benchmarks.Baseline;

/// <summary>
/// What the hand-written baseline decides for one claim: the outcome and the set of finding codes (bit n set for
/// catalogue code n), for the claim as a whole and for each line. Compact on purpose: the baseline is the physical
/// limit, so it allocates as little as a careful engineer would.
/// </summary>
/// <param name="Outcome">The claim's outcome.</param>
/// <param name="Codes">Every code reported on the claim or any of its lines.</param>
/// <param name="LineOutcomes">Each line's outcome.</param>
/// <param name="LineCodes">Each line's own codes (claim-level codes excluded).</param>
public readonly record struct BaselineDecision(OutcomeKind Outcome, uint Codes, OutcomeKind[] LineOutcomes, uint[] LineCodes);
