using Cpor.Rules.Domain;

namespace Cpor.Rules.Lifecycle;

/// <summary>Refusal: the field can never be edited after submission.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Field">The field the edit was for.</param>
public sealed record FieldNotEditable(ClaimId ClaimId, ClaimField Field) : ITransitionRefusal
{
    /// <inheritdoc />
    public string Message
        => $"The {Field} of claim '{ClaimId}' cannot be edited; to change it, have the claim rejected at the partner's request and submit a new one.";
}
