namespace Cpor.Rules.Domain;

/// <summary>Claim outcome: Every line is rejected.</summary>
/// <param name="Findings">All findings of the claim: claim-level first, then line by line.</param>
public sealed record Rejected(IReadOnlyList<Finding> Findings);
