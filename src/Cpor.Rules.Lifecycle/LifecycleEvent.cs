using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Lifecycle;

/// <summary>
/// Something that happened to a claim, as recorded in its history: the transitions of the lifecycle. Each event is
/// possible from certain statuses only, leads to one status (or leaves the status as it is) and may start a clock.
/// </summary>
public sealed class LifecycleEvent : SmartEnum<LifecycleEvent>
{
    /// <summary>The claim was started; it is being edited.</summary>
    public static readonly LifecycleEvent Created = new(nameof(Created), 0, [], ClaimStatus.Editing);

    /// <summary>A proof of execution was attached (before submission, or added afterwards while edits are allowed).</summary>
    public static readonly LifecycleEvent ProofOfExecutionAttached = new(
        nameof(ProofOfExecutionAttached), 1, [ClaimStatus.Editing, .. StatusesAllowingEdits()], target: null);

    /// <summary>The partner submitted the claim with a proof of execution.</summary>
    public static readonly LifecycleEvent Submitted = new(nameof(Submitted), 2, [ClaimStatus.Editing], ClaimStatus.Submitted, starts: ClockKind.ReviewStart);

    /// <summary>The partner edited an editable field while the status allowed edits.</summary>
    public static readonly LifecycleEvent Edited = new(nameof(Edited), 3, StatusesAllowingEdits(), target: null);

    /// <summary>A reviewer started reviewing the claim.</summary>
    public static readonly LifecycleEvent ReviewStarted = new(nameof(ReviewStarted), 4, [ClaimStatus.Submitted], ClaimStatus.UnderReview, starts: ClockKind.Review);

    /// <summary>The review involves arbitration with the current owner of the association: reviews of this claim are extended from then on.</summary>
    public static readonly LifecycleEvent ArbitrationWithCurrentOwner = new(nameof(ArbitrationWithCurrentOwner), 5, [ClaimStatus.UnderReview], target: null);

    /// <summary>The reviewer asked the partner for more information.</summary>
    public static readonly LifecycleEvent PartnerActionRequested = new(
        nameof(PartnerActionRequested), 6, [ClaimStatus.UnderReview], ClaimStatus.PartnerActionRequired, starts: ClockKind.PartnerResponse);

    /// <summary>The partner responded to the request; the review goes on.</summary>
    public static readonly LifecycleEvent PartnerResponded = new(
        nameof(PartnerResponded), 7, [ClaimStatus.PartnerActionRequired], ClaimStatus.UnderReview, starts: ClockKind.Review);

    /// <summary>Automatic: the partner did not respond in time; the claim is rejected with <see cref="RejectionReason.NoPartnerResponse"/>.</summary>
    public static readonly LifecycleEvent PartnerResponseExpired = new(
        nameof(PartnerResponseExpired), 8, [ClaimStatus.PartnerActionRequired], ClaimStatus.Rejected, starts: ClockKind.DisputeWindow, automatic: true);

    /// <summary>The reviewer approved the claim; the customer's consent window opens.</summary>
    public static readonly LifecycleEvent Approved = new(nameof(Approved), 9, [ClaimStatus.UnderReview], ClaimStatus.Approved, starts: ClockKind.ConsentWindow);

    /// <summary>The reviewer rejected the claim for a reason a reviewer chooses.</summary>
    public static readonly LifecycleEvent Rejected = new(nameof(Rejected), 10, [ClaimStatus.UnderReview], ClaimStatus.Rejected, starts: ClockKind.DisputeWindow);

    /// <summary>The customer opted out during the consent window; the claim is rejected with <see cref="RejectionReason.CustomerDeclined"/>.</summary>
    public static readonly LifecycleEvent CustomerOptedOut = new(
        nameof(CustomerOptedOut), 11, [ClaimStatus.Approved], ClaimStatus.Rejected, starts: ClockKind.DisputeWindow);

    /// <summary>Automatic: the consent window ended without an opt-out; the association goes to incentive assessment. The status stays Approved, for good.</summary>
    public static readonly LifecycleEvent SentForIncentiveAssessment = new(
        nameof(SentForIncentiveAssessment), 12, [ClaimStatus.Approved], target: null, automatic: true);

    /// <summary>The partner disputed the rejection within the dispute window; the claim is reviewed again.</summary>
    public static readonly LifecycleEvent Disputed = new(nameof(Disputed), 13, [ClaimStatus.Rejected], ClaimStatus.UnderReview, starts: ClockKind.DisputeAnswer);

    private readonly ClaimStatus[] _from;

    private LifecycleEvent(string name, int value, ClaimStatus[] from, ClaimStatus? target, ClockKind? starts = null, bool automatic = false)
        : base(name, value)
    {
        _from = from;
        Target = target;
        Starts = starts;
        IsAutomatic = automatic;
    }

    /// <summary>Whether the platform performs this event when a clock runs out, rather than a person.</summary>
    public bool IsAutomatic { get; }

    /// <summary>The status the event leads to; <see langword="null"/> when it leaves the status as it is.</summary>
    internal ClaimStatus? Target { get; }

    /// <summary>The clock the event starts, if any.</summary>
    internal ClockKind? Starts { get; }

    /// <summary>Parses a contract name (exact spelling, for example <c>PartnerActionRequested</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="name"/> is not a lifecycle event; the message names it.</exception>
    public static LifecycleEvent Parse(string name) => LifecycleNames.Parse<LifecycleEvent>(name);

    /// <summary>Tries to parse a contract name (exact spelling).</summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out LifecycleEvent? result)
        => LifecycleNames.TryParse(name, out result);

    /// <summary>Whether the event may happen while the claim has <paramref name="status"/> (other conditions aside).</summary>
    internal bool IsPossibleFrom(ClaimStatus status) => Array.IndexOf(_from, status) >= 0;

    /// <summary>The status after the event, from <paramref name="status"/>.</summary>
    internal ClaimStatus StatusAfter(ClaimStatus status) => Target ?? status;

    // Edits follow ClaimStatus.AllowsEdits, so that the status and the lifecycle cannot disagree.
    private static ClaimStatus[] StatusesAllowingEdits() => [.. ClaimStatus.List.Where(s => s.AllowsEdits).OrderBy(s => s.Value)];
}
