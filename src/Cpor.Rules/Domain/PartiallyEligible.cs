namespace Cpor.Rules.Domain;

/// <summary>The claim outcome <see cref="OutcomeKind.PartiallyEligible"/>: the <see cref="ClaimOutcome"/> case of that name, with the claim's findings.</summary>
public sealed record PartiallyEligible
{
    internal PartiallyEligible(IReadOnlyList<Finding> findings) => Findings = findings;

    /// <summary>All findings of the claim: claim-level first, then line by line.</summary>
    public IReadOnlyList<Finding> Findings { get; }
}
