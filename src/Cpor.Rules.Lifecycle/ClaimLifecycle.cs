using System.Runtime.CompilerServices;
using Cpor.Rules.Domain;
using OneOf;

namespace Cpor.Rules.Lifecycle;

/// <summary>
/// The lifecycle of a claim: <c>Editing</c> → <c>Submitted</c> → <c>UnderReview</c> → <c>PartnerActionRequired</c>,
/// <c>Approved</c> or <c>Rejected</c>, with the clocks that govern the waits in between. Each transition is a method
/// that returns either the new <see cref="ClaimState"/> (with a history entry stamped from the
/// <see cref="TimeProvider"/>) or a typed refusal; a refused transition changes nothing. Stateless apart from its
/// options and clock, so one instance can serve every claim and thread.
/// </summary>
/// <remarks>
/// Expected misuse, such as a transition from the wrong status, an edit of a field that cannot change, a dispute
/// after the window, or an automatic transition before its clock runs out, comes back as a refusal and never throws.
/// <see langword="null"/> arguments throw <see cref="ArgumentNullException"/>. Times never go backwards in a history:
/// if the clock reads earlier than the claim's last event (a clock adjusted between calls), the new event is stamped
/// with the time of the last one.
/// </remarks>
public sealed class ClaimLifecycle
{
    private readonly TimeProvider _time;

    /// <summary>Creates the lifecycle.</summary>
    /// <param name="timeProvider">Where the current time comes from (<see cref="TimeProvider.System"/> in production, a fake in tests).</param>
    /// <param name="options">Clock lengths, calendar and time zone; defaults to <see cref="LifecycleOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is <see langword="null"/>.</exception>
    public ClaimLifecycle(TimeProvider timeProvider, LifecycleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _time = timeProvider;
        Options = options ?? LifecycleOptions.Default;
    }

    /// <summary>The clock lengths, calendar and time zone in use.</summary>
    public LifecycleOptions Options { get; }

    /// <summary>Starts a claim: status <c>Editing</c>, no proof of execution yet.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public ClaimState Start(ClaimId id)
    {
        NotDefault(id);
        return ClaimState.Begin(id, new ClaimHistoryEntry(_time.GetUtcNow(), LifecycleEvent.Created, ClaimStatus.Editing));
    }

    /// <summary>
    /// Restores a claim from a stored history, checking that the lifecycle could have produced it (the order of
    /// events, reasons and fields; the clocks are not checked again, as the options may have changed since).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> or one of its entries is <see langword="null"/>.</exception>
    public static OneOf<ClaimState, InvalidHistory> Restore(ClaimId id, IEnumerable<ClaimHistoryEntry> history)
    {
        NotDefault(id);
        ArgumentNullException.ThrowIfNull(history);
        ClaimState? state = null;
        var index = 0;
        foreach (var entry in history)
        {
            if (entry is null)
            {
                throw new ArgumentNullException(nameof(history), $"The history holds a null entry at {index}.");
            }

            if (HistoryRules.Problem(state, entry) is { } problem)
            {
                return new InvalidHistory(id, index, problem);
            }

            state = state is null ? ClaimState.Begin(id, entry) : state.Append(entry);
            index++;
        }

        return state is null ? new InvalidHistory(id, 0, "the history is empty.") : state;
    }

    /// <summary>Attaches a proof of execution: in <c>Editing</c> (needed to submit), or added later in <c>Submitted</c> or <c>PartnerActionRequired</c>.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="note">A comment for the history; <see langword="null"/> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is <see langword="null"/>.</exception>
    public OneOf<ClaimState, InvalidTransition> AttachProofOfExecution(ClaimState claim, string? note = null)
        => Simple(claim, LifecycleEvent.ProofOfExecutionAttached, note);

    /// <summary><c>Editing</c> → <c>Submitted</c>; refused without a proof of execution. Starts the review-start clock.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is <see langword="null"/>.</exception>
    public OneOf<ClaimState, InvalidTransition, ProofOfExecutionRequired> Submit(ClaimState claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (!LifecycleEvent.Submitted.IsPossibleFrom(claim.Status))
        {
            return Invalid(claim, LifecycleEvent.Submitted);
        }

        if (!claim.HasProofOfExecution)
        {
            return new ProofOfExecutionRequired(claim.Id);
        }

        return Record(claim, LifecycleEvent.Submitted, Now(claim));
    }

    /// <summary>
    /// Records an edit of one field. Only <see cref="ClaimField.IsEditable"/> fields, and only while the status allows
    /// edits (<c>Submitted</c>, <c>PartnerActionRequired</c>); a field that can never change is reported before the
    /// status, as it is the more lasting answer. The status does not change.
    /// </summary>
    /// <param name="claim">The claim.</param>
    /// <param name="field">The field edited.</param>
    /// <param name="note">A comment for the history; <see langword="null"/> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> or <paramref name="field"/> is <see langword="null"/>.</exception>
    public OneOf<ClaimState, FieldNotEditable, EditNotAllowed> Edit(ClaimState claim, ClaimField field, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(field);
        if (!field.IsEditable)
        {
            return new FieldNotEditable(claim.Id, field);
        }

        if (!LifecycleEvent.Edited.IsPossibleFrom(claim.Status))
        {
            return new EditNotAllowed(claim.Id, claim.Status, field);
        }

        return Record(claim, LifecycleEvent.Edited, Now(claim), field: field, note: note);
    }

    /// <summary><c>Submitted</c> → <c>UnderReview</c>. Stops the review-start clock and starts the review clock.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is <see langword="null"/>.</exception>
    public OneOf<ClaimState, InvalidTransition> StartReview(ClaimState claim, string? note = null)
        => Simple(claim, LifecycleEvent.ReviewStarted, note);

    /// <summary>
    /// Records, while <c>UnderReview</c>, that the review involves arbitration with the current owner of the
    /// association: this and every later review of the claim is extended rather than overdue. Recording it again
    /// returns the claim unchanged.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is <see langword="null"/>.</exception>
    public OneOf<ClaimState, InvalidTransition> RecordArbitrationWithCurrentOwner(ClaimState claim, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.IsArbitratedWithCurrentOwner && claim.Status == ClaimStatus.UnderReview)
        {
            return claim;
        }

        return Simple(claim, LifecycleEvent.ArbitrationWithCurrentOwner, note);
    }

    /// <summary><c>UnderReview</c> → <c>PartnerActionRequired</c>: the reviewer asks for more. Starts the partner-response clock.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="request">What the reviewer asks for; <see langword="null"/> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is <see langword="null"/>.</exception>
    public OneOf<ClaimState, InvalidTransition> RequestPartnerAction(ClaimState claim, string? request = null)
        => Simple(claim, LifecycleEvent.PartnerActionRequested, request);

    /// <summary><c>PartnerActionRequired</c> → <c>UnderReview</c>: the partner responded. Starts a new review clock.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="response">The partner's answer; <see langword="null"/> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is <see langword="null"/>.</exception>
    public OneOf<ClaimState, InvalidTransition> RecordPartnerResponse(ClaimState claim, string? response = null)
        => Simple(claim, LifecycleEvent.PartnerResponded, response);

    /// <summary>
    /// Automatic: <c>PartnerActionRequired</c> → <c>Rejected</c> with <see cref="RejectionReason.NoPartnerResponse"/>,
    /// once the partner-response clock has run out (from the day after its last day); refused before.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is <see langword="null"/>.</exception>
    public OneOf<ClaimState, InvalidTransition, ClockStillRunning> RejectForNoPartnerResponse(ClaimState claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var e = LifecycleEvent.PartnerResponseExpired;
        if (!e.IsPossibleFrom(claim.Status))
        {
            return Invalid(claim, e);
        }

        var now = Now(claim);
        var lastDay = Options.LastDayOf(ClockKind.PartnerResponse, claim.EnteredStatusAt);
        if (Options.DateOf(now) <= lastDay)
        {
            return new ClockStillRunning(claim.Id, ClockKind.PartnerResponse, lastDay);
        }

        return Record(claim, e, now, reason: RejectionReason.NoPartnerResponse);
    }

    /// <summary><c>UnderReview</c> → <c>Approved</c>. Opens the customer's consent window.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is <see langword="null"/>.</exception>
    public OneOf<ClaimState, InvalidTransition> Approve(ClaimState claim, string? note = null)
        => Simple(claim, LifecycleEvent.Approved, note);

    /// <summary><c>UnderReview</c> → <c>Rejected</c> for a reason a reviewer chooses. Opens the dispute window.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="reason">
    /// <see cref="RejectionReason.Reviewer"/>, <see cref="RejectionReason.PartnerRequest"/> or
    /// <see cref="RejectionReason.CompetingClaimLost"/> (<see cref="RejectionReason.IsChosenByReviewer"/>).
    /// </param>
    /// <param name="note">The reviewer's explanation; <see langword="null"/> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> or <paramref name="reason"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="reason"/> is not chosen by reviewers: <see cref="RejectionReason.NoPartnerResponse"/> and
    /// <see cref="RejectionReason.CustomerDeclined"/> belong to <see cref="RejectForNoPartnerResponse"/> and
    /// <see cref="RecordCustomerOptOut"/>, which check their clocks. This is a fixed property of the reason, not of the claim.
    /// </exception>
    public OneOf<ClaimState, InvalidTransition> Reject(ClaimState claim, RejectionReason reason, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(reason);
        if (!reason.IsChosenByReviewer)
        {
            throw new ArgumentException($"{reason} is not a reason reviewers give; it has its own transition.", nameof(reason));
        }

        return LifecycleEvent.Rejected.IsPossibleFrom(claim.Status)
            ? Record(claim, LifecycleEvent.Rejected, Now(claim), reason: reason, note: note)
            : Invalid(claim, LifecycleEvent.Rejected);
    }

    /// <summary>
    /// <c>Approved</c> → <c>Rejected</c> with <see cref="RejectionReason.CustomerDeclined"/>: the customer opted out
    /// within the consent window (through its last day); refused after it. Opens the dispute window.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is <see langword="null"/>.</exception>
    public OneOf<ClaimState, InvalidTransition, WindowClosed> RecordCustomerOptOut(ClaimState claim, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var e = LifecycleEvent.CustomerOptedOut;
        if (!e.IsPossibleFrom(claim.Status))
        {
            return Invalid(claim, e);
        }

        var now = Now(claim);
        var lastDay = Options.LastDayOf(ClockKind.ConsentWindow, claim.EnteredStatusAt);

        // Going to incentive assessment needs the window to have ended, so an assessed claim is always past it.
        if (claim.IsSentForIncentiveAssessment || Options.DateOf(now) > lastDay)
        {
            return new WindowClosed(claim.Id, ClockKind.ConsentWindow, lastDay);
        }

        return Record(claim, e, now, reason: RejectionReason.CustomerDeclined, note: note);
    }

    /// <summary>
    /// Automatic: an <c>Approved</c> claim whose consent window has ended goes to incentive assessment. The status
    /// stays <c>Approved</c>, for good. Refused while the window is open, and when it has already gone.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is <see langword="null"/>.</exception>
    public OneOf<ClaimState, InvalidTransition, ClockStillRunning> SendForIncentiveAssessment(ClaimState claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var e = LifecycleEvent.SentForIncentiveAssessment;
        if (!e.IsPossibleFrom(claim.Status) || claim.IsSentForIncentiveAssessment)
        {
            return Invalid(claim, e);
        }

        var now = Now(claim);
        var lastDay = Options.LastDayOf(ClockKind.ConsentWindow, claim.EnteredStatusAt);
        if (Options.DateOf(now) <= lastDay)
        {
            return new ClockStillRunning(claim.Id, ClockKind.ConsentWindow, lastDay);
        }

        return Record(claim, e, now);
    }

    /// <summary>
    /// <c>Rejected</c> → <c>UnderReview</c>: the partner disputes the rejection within the dispute window (through its
    /// last day); refused after it, when only a new claim can follow. Starts the dispute-answer clock. Every rejection
    /// opens its own window, including one that upholds an earlier rejection after a dispute.
    /// </summary>
    /// <param name="claim">The claim.</param>
    /// <param name="justification">The partner's business justification; <see langword="null"/> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is <see langword="null"/>.</exception>
    public OneOf<ClaimState, InvalidTransition, WindowClosed> Dispute(ClaimState claim, string? justification = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var e = LifecycleEvent.Disputed;
        if (!e.IsPossibleFrom(claim.Status))
        {
            return Invalid(claim, e);
        }

        var now = Now(claim);
        var lastDay = Options.LastDayOf(ClockKind.DisputeWindow, claim.EnteredStatusAt);
        if (Options.DateOf(now) > lastDay)
        {
            return new WindowClosed(claim.Id, ClockKind.DisputeWindow, lastDay);
        }

        return Record(claim, e, now, note: justification);
    }

    /// <summary>
    /// The claim's clocks as they stand now (from the <see cref="TimeProvider"/>): due dates, which are overdue or
    /// extended for arbitration, and which automatic transition is due.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is <see langword="null"/>.</exception>
    public ClaimTimeline GetTimeline(ClaimState claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return TimelineBuilder.Build(claim, Options, _time.GetUtcNow());
    }

    /// <summary>Refuses the default <see cref="ClaimId"/>, which holds no identifier, naming the argument.</summary>
    private static void NotDefault(ClaimId id, [CallerArgumentExpression(nameof(id))] string? name = null)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("The ClaimId is the default value, which holds no identifier.", name);
        }
    }

    private static InvalidTransition Invalid(ClaimState claim, LifecycleEvent attempted) => new(claim.Id, claim.Status, attempted);

    private static ClaimState Record(
        ClaimState claim, LifecycleEvent e, DateTimeOffset at, RejectionReason? reason = null, ClaimField? field = null, string? note = null)
        => claim.Append(new ClaimHistoryEntry(at, e, e.StatusAfter(claim.Status), reason, field, note));

    /// <summary>A transition whose only condition is the current status.</summary>
    private OneOf<ClaimState, InvalidTransition> Simple(ClaimState claim, LifecycleEvent e, string? note)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return e.IsPossibleFrom(claim.Status) ? Record(claim, e, Now(claim), note: note) : Invalid(claim, e);
    }

    /// <summary>The current time, never earlier than the claim's last event.</summary>
    private DateTimeOffset Now(ClaimState claim)
    {
        var now = _time.GetUtcNow();
        var last = claim.LastEntry.At;
        return now < last ? last : now;
    }
}
