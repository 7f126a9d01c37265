using OneOf;

namespace Cpor.Rules.Domain;

/// <summary>
/// The outcome of a claim: exactly one of <see cref="Eligible"/>, <see cref="PartiallyEligible"/>,
/// <see cref="ActionRequired"/>, <see cref="UnderReview"/> or <see cref="Rejected"/>, each carrying all the claim's
/// findings. Use <c>Match</c> or <c>Switch</c> to handle every case, or <see cref="Kind"/> for its name. The cases are
/// listed in the order of <see cref="OutcomeKind"/>'s values, so a case's position (<c>Index</c>) is its kind's value.
/// </summary>
public sealed class ClaimOutcome : OneOfBase<Eligible, PartiallyEligible, ActionRequired, UnderReview, Rejected>
{
    /// <summary>Wraps one case. Only the library creates outcomes (<see cref="OutcomeKind"/> makes each case).</summary>
    internal ClaimOutcome(OneOf<Eligible, PartiallyEligible, ActionRequired, UnderReview, Rejected> value)
        : base(value)
    {
    }

    /// <summary>The outcome by name.</summary>
    public OutcomeKind Kind => OutcomeKind.FromValue(Index);

    /// <summary>All findings of the claim, whatever the case.</summary>
    public IReadOnlyList<Finding> Findings => Match(
        e => e.Findings,
        p => p.Findings,
        a => a.Findings,
        u => u.Findings,
        r => r.Findings);

    /// <summary>The outcome of most claims, shared: outcomes are immutable, and a batch of clean claims need not allocate one each.</summary>
    private static readonly ClaimOutcome EligibleWithoutFindings = new(new Eligible([]));

    /// <summary>Creates the outcome of the given kind carrying <paramref name="findings"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    internal static ClaimOutcome Of(OutcomeKind kind, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(findings);
        return kind == OutcomeKind.Eligible && findings.Count == 0 ? EligibleWithoutFindings : kind.With(findings);
    }

    /// <inheritdoc />
    public override string ToString() => Kind.Name;
}
