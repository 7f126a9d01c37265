using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization.Contract;

/// <summary>One entry of <c>decisions</c>: a claim's outcome, its findings and its lines.</summary>
/// <param name="ClaimId">The claim ID; when it could not be read, the text given (if any), else <see langword="null"/>.</param>
/// <param name="Outcome">The claim's outcome.</param>
/// <param name="Findings">Every finding: claim-level ones first, then line by line.</param>
/// <param name="Lines">One entry per product or workload, in the claim's order.</param>
internal sealed record DecisionContract(string? ClaimId, OutcomeKind Outcome, IReadOnlyList<FindingContract> Findings, IReadOnlyList<LineContract> Lines);
