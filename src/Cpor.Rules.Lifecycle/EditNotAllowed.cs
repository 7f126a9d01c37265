using Cpor.Rules.Domain;

namespace Cpor.Rules.Lifecycle;

/// <summary>Refusal: the field is editable, but not while the claim has its current status.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Status">The claim's current status.</param>
/// <param name="Field">The field the edit was for.</param>
public sealed record EditNotAllowed(ClaimId ClaimId, ClaimStatus Status, ClaimField Field) : ITransitionRefusal
{
    /// <inheritdoc />
    public string Message
        => $"Claim '{ClaimId}' is {Status}: its {Field} can be edited only while it is {ClaimStatus.Submitted} or {ClaimStatus.PartnerActionRequired}.";
}
