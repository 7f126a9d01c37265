using Cpor.Rules.Domain;

namespace Cpor.Rules.Eligibility;

/// <summary>
/// A derived fact: a claim line with its association key resolved (rule <c>CPOR-D01</c>). Only lines of claims whose
/// tenant is known are resolved. A Business Applications line names a product; it resolves to the subscription that
/// the claim's subscription ID gives, when that subscription is of the line's product, and otherwise to the tenant's
/// one subscription of that product.
/// </summary>
public sealed class ResolvedLine
{
    internal ResolvedLine(ClaimLine line, LineResolution resolution, AssociationKey? key, Subscription? subscription)
    {
        Line = line;
        Resolution = resolution;
        Key = key;
        Subscription = subscription;
    }

    /// <summary>The claim line.</summary>
    public ClaimLine Line { get; }

    /// <summary>How the key was resolved.</summary>
    public LineResolution Resolution { get; }

    /// <summary>The association key; <see langword="null"/> unless <see cref="Resolution"/> is <see cref="LineResolution.Resolved"/>.</summary>
    public AssociationKey? Key { get; }

    /// <summary>The subscription of a resolved Business Applications line; otherwise <see langword="null"/>.</summary>
    public Subscription? Subscription { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Line} -> {(Key is { } key ? key.ToString() : Resolution.ToString())}";
}
