using Ardalis.SmartEnum;

namespace Cpor.Rules.Lifecycle;

/// <summary>
/// A clock that runs while a claim sits in one status. Deadlines are obligations (the platform's or the partner's)
/// and can be overdue; windows (<see cref="IsWindow"/>) are rights that simply end. Lengths are set in
/// <see cref="LifecycleOptions"/>.
/// </summary>
public sealed class ClockKind : SmartEnum<ClockKind>
{
    /// <summary>Submitted: the review is to start within this deadline (default 5 business days).</summary>
    public static readonly ClockKind ReviewStart = new(nameof(ReviewStart), 0, isWindow: false, extendsForArbitration: false);

    /// <summary>Under review: the decision is due within this deadline (default 5 business days); extended when arbitration with the current owner is involved.</summary>
    public static readonly ClockKind Review = new(nameof(Review), 1, isWindow: false, extendsForArbitration: true);

    /// <summary>Partner action required: the partner is to respond within this deadline (default 5 business days), else the claim is rejected.</summary>
    public static readonly ClockKind PartnerResponse = new(nameof(PartnerResponse), 2, isWindow: false, extendsForArbitration: false);

    /// <summary>Approved: the customer may opt out during this window (default 7 calendar days); then the association goes to incentive assessment.</summary>
    public static readonly ClockKind ConsentWindow = new(nameof(ConsentWindow), 3, isWindow: true, extendsForArbitration: false);

    /// <summary>Rejected: the partner may dispute during this window (default 30 calendar days); afterwards only a new claim helps.</summary>
    public static readonly ClockKind DisputeWindow = new(nameof(DisputeWindow), 4, isWindow: true, extendsForArbitration: false);

    /// <summary>Under review after a dispute: reviewers are to answer within this deadline (default 5 business days); extended like <see cref="Review"/>.</summary>
    public static readonly ClockKind DisputeAnswer = new(nameof(DisputeAnswer), 5, isWindow: false, extendsForArbitration: true);

    private ClockKind(string name, int value, bool isWindow, bool extendsForArbitration)
        : base(name, value)
    {
        IsWindow = isWindow;
        ExtendsForArbitration = extendsForArbitration;
    }

    /// <summary>Whether this is a window that ends (a right) rather than a deadline that can be overdue (an obligation).</summary>
    public bool IsWindow { get; }

    /// <summary>Whether arbitration with the current owner extends this clock instead of letting it become overdue.</summary>
    public bool ExtendsForArbitration { get; }
}
