using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Serialization;

/// <summary>
/// A batch document read from JSON (interchange contract v1): the facts, the claims in input order, and the date the
/// batch is decided as of. A claim whose fields could not be read is here all the same, with its
/// <see cref="Claim.DataErrors"/>, so that it gets a decision (rejected with <c>InvalidClaimData</c>).
/// </summary>
public sealed class BatchDocument
{
    /// <summary>Creates a batch document.</summary>
    /// <param name="asOf">The date the batch is decided as of; <see langword="null"/> when the document gives none.</param>
    /// <param name="facts">The facts the claims are judged against.</param>
    /// <param name="claims">The claims, in input order. The list is copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> or <paramref name="claims"/> is <see langword="null"/>, or a claim is.</exception>
    internal BatchDocument(DateOnly? asOf, FactSnapshot facts, IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(claims);
        var list = claims as Claim[] ?? claims.ToArray();
        if (Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentNullException(nameof(claims), "The batch holds a null claim.");
        }

        AsOf = asOf;
        Facts = facts;
        Claims = list;
    }

    /// <summary>The date the batch is decided as of (<c>asOf</c>); <see langword="null"/> when the document gives none.</summary>
    public DateOnly? AsOf { get; }

    /// <summary>The tenants, subscriptions, partners and approved associations of the document.</summary>
    public FactSnapshot Facts { get; }

    /// <summary>The claims, in input order.</summary>
    public IReadOnlyList<Claim> Claims { get; }
}
