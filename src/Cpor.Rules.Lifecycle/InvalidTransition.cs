using Cpor.Rules.Domain;

namespace Cpor.Rules.Lifecycle;

/// <summary>Refusal: the event cannot happen while the claim has its current status (or, for one-time events, has already happened).</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Status">The claim's current status.</param>
/// <param name="Attempted">The event that was refused.</param>
public sealed record InvalidTransition(ClaimId ClaimId, ClaimStatus Status, LifecycleEvent Attempted) : ITransitionRefusal
{
    /// <inheritdoc />
    public string Message => $"Claim '{ClaimId}' is {Status}: {Attempted} is not possible now.";
}
