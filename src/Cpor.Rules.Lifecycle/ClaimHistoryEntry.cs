using Cpor.Rules.Domain;

namespace Cpor.Rules.Lifecycle;

/// <summary>One event in a claim's history: what happened, when, and the status it left the claim in.</summary>
public sealed record ClaimHistoryEntry
{
    /// <summary>Creates an entry (to restore a stored history with <see cref="ClaimLifecycle.Restore"/>).</summary>
    /// <param name="at">When it happened.</param>
    /// <param name="event">What happened.</param>
    /// <param name="status">The claim's status after it.</param>
    /// <param name="reason">The rejection reason, for events that reject the claim; otherwise <see langword="null"/>.</param>
    /// <param name="field">The field edited, for <see cref="LifecycleEvent.Edited"/>; otherwise <see langword="null"/>.</param>
    /// <param name="note">A comment, request or justification given with the event; <see langword="null"/> when none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> or <paramref name="status"/> is <see langword="null"/>.</exception>
    public ClaimHistoryEntry(
        DateTimeOffset at,
        LifecycleEvent @event,
        ClaimStatus status,
        RejectionReason? reason = null,
        ClaimField? field = null,
        string? note = null)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(status);
        At = at;
        Event = @event;
        Status = status;
        Reason = reason;
        Field = field;
        Note = note;
    }

    /// <summary>When it happened (from the lifecycle's <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset At { get; }

    /// <summary>What happened.</summary>
    public LifecycleEvent Event { get; }

    /// <summary>The claim's status after the event.</summary>
    public ClaimStatus Status { get; }

    /// <summary>The rejection reason, for events that reject the claim; otherwise <see langword="null"/>.</summary>
    public RejectionReason? Reason { get; }

    /// <summary>The field edited, for <see cref="LifecycleEvent.Edited"/>; otherwise <see langword="null"/>.</summary>
    public ClaimField? Field { get; }

    /// <summary>A comment, request or justification given with the event; <see langword="null"/> when none.</summary>
    public string? Note { get; }
}
