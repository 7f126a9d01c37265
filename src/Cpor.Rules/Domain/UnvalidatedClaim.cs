namespace Cpor.Rules.Domain;

/// <summary>
/// A claim exactly as it arrived (for example from JSON), every field as text. <see cref="Claim.FromUnvalidated"/>
/// turns it into a <see cref="Claim"/> without throwing: fields that cannot be read become
/// <see cref="Claim.DataErrors"/>, reported as <see cref="FindingCode.InvalidClaimData"/>.
/// </summary>
public sealed record UnvalidatedClaim
{
    /// <summary>The claim ID.</summary>
    public string? ClaimId { get; init; }

    /// <summary>The partner (location) ID.</summary>
    public string? PartnerId { get; init; }

    /// <summary>The submitter's role, by contract name.</summary>
    public string? SubmittedBy { get; init; }

    /// <summary>The customer's tenant ID.</summary>
    public string? TenantId { get; init; }

    /// <summary>The customer's domain.</summary>
    public string? CustomerDomain { get; init; }

    /// <summary>The solution area, by contract name.</summary>
    public string? SolutionArea { get; init; }

    /// <summary>The activity, by contract name.</summary>
    public string? Activity { get; init; }

    /// <summary>The products or workloads claimed.</summary>
    public IReadOnlyList<string?>? Products { get; init; }

    /// <summary>The subscription identifier, for Business Applications; <see langword="null"/> when none is given.</summary>
    public string? SubscriptionId { get; init; }

    /// <summary>The submission date, <c>yyyy-MM-dd</c>.</summary>
    public string? SubmittedOn { get; init; }

    /// <summary>The proof of execution; <see langword="null"/> when none is attached.</summary>
    public UnvalidatedProofOfExecution? ProofOfExecution { get; init; }

    /// <summary>Problems the reader already found (for example a number where text was expected); they are reported as they are.</summary>
    public IReadOnlyList<ClaimDataError>? ReadErrors { get; init; }
}
