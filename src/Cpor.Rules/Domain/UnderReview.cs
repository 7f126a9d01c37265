namespace Cpor.Rules.Domain;

/// <summary>The claim outcome <see cref="OutcomeKind.UnderReview"/>: the <see cref="ClaimOutcome"/> case of that name, with the claim's findings.</summary>
/// <param name="Findings">All findings of the claim: claim-level first, then line by line.</param>
public sealed record UnderReview(IReadOnlyList<Finding> Findings);
