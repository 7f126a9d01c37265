namespace Cpor.Rules.Domain;

/// <summary>Claim outcome: Some lines are eligible and some rejected: reviewers ask the partner to remove the rejected products.</summary>
/// <param name="Findings">All findings of the claim: claim-level first, then line by line.</param>
public sealed record PartiallyEligible(IReadOnlyList<Finding> Findings);
