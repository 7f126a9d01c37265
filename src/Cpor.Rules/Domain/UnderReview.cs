namespace Cpor.Rules.Domain;

/// <summary>Claim outcome: A line ties for first place in arbitration: a reviewer decides.</summary>
/// <param name="Findings">All findings of the claim: claim-level first, then line by line.</param>
public sealed record UnderReview(IReadOnlyList<Finding> Findings);
