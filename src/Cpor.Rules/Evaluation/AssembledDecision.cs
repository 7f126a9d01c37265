using Cpor.Rules.Domain;

namespace Cpor.Rules.Evaluation;

/// <summary>
/// What <see cref="DecisionAssembler"/> makes of one claim, before it is filed in the batch's <see cref="DecisionTable"/>.
/// </summary>
/// <param name="Kind">The claim's outcome.</param>
/// <param name="Findings">Every finding, claim-level first, then line by line, each by code; <see langword="null"/> when there are none.</param>
/// <param name="Lines">What <see cref="ClaimDecision"/> makes its lines of: the lines' key parts when every line has the claim's outcome, otherwise a <see cref="LineOutcomes"/>.</param>
internal readonly record struct AssembledDecision(OutcomeKind Kind, List<Finding>? Findings, object? Lines);
