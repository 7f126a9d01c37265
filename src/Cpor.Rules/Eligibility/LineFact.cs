using Cpor.Rules.Domain;

namespace Cpor.Rules.Eligibility;

/// <summary>
/// The fact the rules see for one claim line: the line with its claim and what the library resolved for it against
/// the fact snapshot (DOMAIN.md section 3): the subscription (Business Applications) or workload (Microsoft 365) it
/// claims, its association key and the incumbent on that key. Line-level rules match it; a rule reports a finding on
/// the line with <see cref="Report"/>.
/// </summary>
public sealed class LineFact
{
    internal LineFact(ClaimFact claim, ClaimLine line, LineResolution? resolution, Subscription? subscription, AssociationKey? key, Association? incumbent)
    {
        Claim = claim;
        Line = line;
        Resolution = resolution;
        Subscription = subscription;
        Key = key;
        Incumbent = incumbent;
    }

    /// <summary>The claim the line belongs to, with its facts.</summary>
    public ClaimFact Claim { get; }

    /// <summary>The line.</summary>
    public ClaimLine Line { get; }

    /// <summary>The product or workload as claimed.</summary>
    public string Product => Line.Product;

    /// <summary>
    /// How the line resolved against the tenant's subscriptions or workloads; <see langword="null"/> when it was not
    /// resolved at all (the tenant is unknown or unreadable, or the solution area could not be read).
    /// </summary>
    internal LineResolution? Resolution { get; }

    /// <summary>The subscription of a resolved Business Applications line; otherwise <see langword="null"/>.</summary>
    public Subscription? Subscription { get; }

    /// <summary>The association key of a resolved line; otherwise <see langword="null"/>.</summary>
    public AssociationKey? Key { get; }

    /// <summary>
    /// The incumbent on <see cref="Key"/>: the latest approved association (then the latest PoE, then the lowest partner
    /// ID); <see langword="null"/> when there is none or the line has no key.
    /// </summary>
    public Association? Incumbent { get; }

    /// <summary>
    /// Whether another party claims the line's key too: another line of the batch, or the incumbent. Only such a key
    /// can make a duplicate or a contest, so only such a line is keyed (CPOR-D01, CPOR-D02).
    /// </summary>
    internal bool IsMet { get; set; }

    /// <summary>Whether a derivation rule (CPOR-D01, CPOR-D02) entered the line's key into duplicate detection and arbitration.</summary>
    internal bool IsKeyed { get; set; }

    /// <summary>Reports a finding on this line. Call it from a rule's action.</summary>
    /// <param name="code">The finding code.</param>
    /// <param name="detail">Culture-neutral specifics shown after the message, such as the value at fault; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public void Report(FindingCode code, string? detail = null)
        => Claim.Add(new Finding(Guard.NotNull(code), Claim.Claim, Line, detail));

    /// <summary>Reports a finding on this line whose detail is made from the claim when it is read.</summary>
    internal void ReportFromClaim(FindingCode code, ClaimDetail detail) => Claim.Add(new Finding(code, Claim.Claim, Line, detail));

    /// <summary>A hash that is cheap to compute: NRules hashes every fact it holds, and identity hashing is slower.</summary>
    /// <returns>A hash of the claim's position in its batch and the line's in its claim.</returns>
    public override int GetHashCode() => (Claim.Index * 31) + Line.Index;

    /// <summary>Reference equality: a fact is itself only.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>Whether it is this fact.</returns>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc />
    public override string ToString() => Key is { } key ? $"{Line} -> {key}" : $"{Line} -> {Resolution?.ToString() ?? "unresolved"}";
}
