namespace Cpor.Rules.Domain;

/// <summary>Claim outcome: The partner must act (usually on the proof of execution) before the claim can be decided.</summary>
/// <param name="Findings">All findings of the claim: claim-level first, then line by line.</param>
public sealed record ActionRequired(IReadOnlyList<Finding> Findings);
