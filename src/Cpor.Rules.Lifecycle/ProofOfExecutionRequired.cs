using Cpor.Rules.Domain;

namespace Cpor.Rules.Lifecycle;

/// <summary>Refusal: the claim cannot be submitted without a proof of execution.</summary>
/// <param name="ClaimId">The claim.</param>
public sealed record ProofOfExecutionRequired(ClaimId ClaimId) : ITransitionRefusal
{
    /// <inheritdoc />
    public string Message => $"Claim '{ClaimId}' has no proof of execution: attach one before submitting.";
}
