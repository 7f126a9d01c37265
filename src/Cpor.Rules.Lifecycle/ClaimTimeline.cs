namespace Cpor.Rules.Lifecycle;

/// <summary>
/// A claim's clocks as they stand at one moment: every clock its history started, oldest first (at most the last
/// one is running), which are overdue, and which automatic transition, if any, is due.
/// </summary>
public sealed class ClaimTimeline
{
    private readonly TimelineClock[] _clocks;

    internal ClaimTimeline(DateTimeOffset now, DateOnly today, TimelineClock[] clocks, LifecycleEvent? dueTransition)
    {
        Now = now;
        Today = today;
        _clocks = clocks;
        DueTransition = dueTransition;
    }

    /// <summary>The moment the timeline was taken (from the lifecycle's <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The date of <see cref="Now"/> in the lifecycle's time zone.</summary>
    public DateOnly Today { get; }

    /// <summary>Every clock, oldest first.</summary>
    public IReadOnlyList<TimelineClock> Clocks => _clocks;

    /// <summary>The running clock, if any.</summary>
    public TimelineClock? Current => _clocks.Length > 0 && _clocks[^1].IsRunning ? _clocks[^1] : null;

    /// <summary>The clocks that are overdue now (at most the running one).</summary>
    public IReadOnlyList<TimelineClock> Overdue => [.. _clocks.Where(c => c.IsOverdue)];

    /// <summary>
    /// The automatic transition due now: <see cref="LifecycleEvent.PartnerResponseExpired"/> when the partner's
    /// response is overdue, <see cref="LifecycleEvent.SentForIncentiveAssessment"/> when the consent window has
    /// ended; otherwise <see langword="null"/>.
    /// </summary>
    public LifecycleEvent? DueTransition { get; }
}
