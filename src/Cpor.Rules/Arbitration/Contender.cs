using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;

namespace Cpor.Rules.Arbitration;

/// <summary>
/// One party in a contest for an association key: an eligible claim line, or the incumbent (the approved association
/// of another partner on that key), each represented by the date the customer acknowledged its proof of execution.
/// </summary>
public sealed class Contender
{
    private Contender(AssociationKey key, PartnerId partnerId, DateOnly poeAcknowledgedOn, ClaimLine? line, Association? incumbent)
    {
        Key = key;
        PartnerId = partnerId;
        PoeAcknowledgedOn = poeAcknowledgedOn;
        Line = line;
        Incumbent = incumbent;
    }

    /// <summary>The association key contested.</summary>
    public AssociationKey Key { get; }

    /// <summary>The partner.</summary>
    public PartnerId PartnerId { get; }

    /// <summary>When the customer acknowledged the contender's (latest) proof of execution.</summary>
    public DateOnly PoeAcknowledgedOn { get; }

    /// <summary>The claim line, for a claimant; <see langword="null"/> for the incumbent.</summary>
    public ClaimLine? Line { get; }

    /// <summary>The approved association, for the incumbent; <see langword="null"/> for a claimant.</summary>
    public Association? Incumbent { get; }

    /// <summary>
    /// The line fact of a claimant inserted by an evaluation, while its session runs; <see langword="null"/> otherwise.
    /// </summary>
    internal LineFact? Fact { get; private set; }

    /// <summary>Whether CPOR-D03 admitted the claimant to its key's contest.</summary>
    internal bool IsAdmitted { get; set; }

    /// <summary>Whether this contender is the incumbent.</summary>
    public bool IsIncumbent => Incumbent is not null;

    /// <summary>The claim ID, for a claimant; <see langword="null"/> for the incumbent.</summary>
    public ClaimId? ClaimId => Line?.Claim.Id;

    /// <summary>A claimant: an eligible claim line on <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The claim has no partner ID or no acknowledged proof of execution (it could not be eligible), or <paramref name="key"/> is the default value.</exception>
    internal static Contender ForClaim(ClaimLine line, AssociationKey key)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (key.IsDefault)
        {
            throw new ArgumentException("The association key is the default value, which names nothing.", nameof(key));
        }

        var claim = line.Claim;
        var partnerId = claim.PartnerId ?? throw new ArgumentException("The claim has no partner ID.", nameof(line));
        var acknowledged = claim.ProofOfExecution?.CustomerAcknowledgedOn
            ?? throw new ArgumentException("The claim has no acknowledged proof of execution.", nameof(line));
        return new Contender(key, partnerId, acknowledged, line, null);
    }

    /// <summary>A claimant for an evaluation: the keyed line of a claim with a partner ID and an acknowledged PoE.</summary>
    internal static Contender ForLine(LineFact line) => new(
        line.Key!.Value,
        line.Claim.Claim.PartnerId!.Value,
        line.Claim.Claim.ProofOfExecution!.CustomerAcknowledgedOn!.Value,
        line.Line,
        null) { Fact = line };

    /// <summary>
    /// Lets go of the line fact once the session that ranked this contender is done: the rankings are kept with the
    /// decisions, and a fact would keep its whole claim's working state (findings so far, line facts) alive with them.
    /// </summary>
    internal void Detach() => Fact = null;

    /// <summary>The incumbent: an approved association.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="association"/> is <see langword="null"/>.</exception>
    internal static Contender ForIncumbent(Association association)
    {
        ArgumentNullException.ThrowIfNull(association);
        return new Contender(association.Key, association.PartnerId, association.PoeAcknowledgedOn, null, association);
    }

    /// <summary>A hash that is cheap to compute: contenders are NRules facts, and identity hashing is slower.</summary>
    /// <returns>A hash of the key and the partner, or of the claim line's fact.</returns>
    public override int GetHashCode() => Fact?.GetHashCode() ?? HashCode.Combine(Key, PartnerId);

    /// <summary>Reference equality: a contender is itself only.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>Whether it is this contender.</returns>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc />
    public override string ToString()
        => IsIncumbent
            ? $"incumbent {PartnerId} (PoE {IsoDate.Format(PoeAcknowledgedOn)})"
            : $"claim {(ClaimId is { } id ? EchoText.Of(id.ToString()) : null)} by {PartnerId} (PoE {IsoDate.Format(PoeAcknowledgedOn)})";
}
