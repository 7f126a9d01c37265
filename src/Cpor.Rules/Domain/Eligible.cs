namespace Cpor.Rules.Domain;

/// <summary>Claim outcome: Every line is eligible. Findings, if any, are advisories.</summary>
/// <param name="Findings">All findings of the claim: claim-level first, then line by line.</param>
public sealed record Eligible(IReadOnlyList<Finding> Findings);
