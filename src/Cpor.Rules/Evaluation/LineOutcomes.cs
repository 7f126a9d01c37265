using Cpor.Rules.Domain;

namespace Cpor.Rules.Evaluation;

/// <summary>
/// What <see cref="ClaimDecision"/> makes its lines of when their outcomes differ: the lines' key parts (as for lines
/// that share the claim's outcome) and each line's outcome.
/// </summary>
/// <param name="KeyParts">The one line's key part, or an array of them (see <see cref="LineDecision.KeyPartOf"/>).</param>
/// <param name="Kinds">Each line's outcome, in the claim's order.</param>
internal sealed record LineOutcomes(object? KeyParts, OutcomeKind[] Kinds);
