using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Cpor.Rules.Lifecycle;

/// <summary>
/// Why a claim was rejected. Reviewers choose <see cref="Reviewer"/>, <see cref="PartnerRequest"/> or
/// <see cref="CompetingClaimLost"/>; the other reasons belong to their own transitions, which check their clocks
/// (<see cref="NoPartnerResponse"/>, <see cref="CustomerDeclined"/>).
/// </summary>
public sealed class RejectionReason : SmartEnum<RejectionReason>
{
    /// <summary>The reviewer found the proof of execution insufficient (missing, unsigned, old dates, missing service or products).</summary>
    public static readonly RejectionReason Reviewer = new(nameof(Reviewer), 0, chosenByReviewer: true);

    /// <summary>The partner asked for the rejection (wrong partner ID or activity, no longer working with the customer).</summary>
    public static readonly RejectionReason PartnerRequest = new(nameof(PartnerRequest), 1, chosenByReviewer: true);

    /// <summary>The partner did not answer a request for more information in time.</summary>
    public static readonly RejectionReason NoPartnerResponse = new(nameof(NoPartnerResponse), 2, chosenByReviewer: false);

    /// <summary>The customer opted out of the association during the consent window.</summary>
    public static readonly RejectionReason CustomerDeclined = new(nameof(CustomerDeclined), 3, chosenByReviewer: false);

    /// <summary>Another partner's claim or the current owner ranked above this claim in arbitration.</summary>
    public static readonly RejectionReason CompetingClaimLost = new(nameof(CompetingClaimLost), 4, chosenByReviewer: true);

    private RejectionReason(string name, int value, bool chosenByReviewer)
        : base(name, value) => IsChosenByReviewer = chosenByReviewer;

    /// <summary>Whether a reviewer may give this reason when rejecting a claim under review.</summary>
    public bool IsChosenByReviewer { get; }

    /// <summary>Parses a contract name (exact spelling, for example <c>NoPartnerResponse</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="name"/> is not a rejection reason; the message names it.</exception>
    public static RejectionReason Parse(string name) => LifecycleNames.Parse<RejectionReason>(name);

    /// <summary>Tries to parse a contract name (exact spelling).</summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out RejectionReason? result)
        => LifecycleNames.TryParse(name, out result);
}
