namespace Cpor.Rules.Lifecycle;

/// <summary>One clock of a claim's timeline: when it started, its last day, whether it stopped, and how it stands.</summary>
public sealed record TimelineClock
{
    internal TimelineClock(ClockKind kind, DateTimeOffset startedAt, DateOnly dueOn, DateTimeOffset? stoppedAt, ClockState state)
    {
        Kind = kind;
        StartedAt = startedAt;
        DueOn = dueOn;
        StoppedAt = stoppedAt;
        State = state;
    }

    /// <summary>Which clock.</summary>
    public ClockKind Kind { get; }

    /// <summary>When the event that started it happened.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>Its last day, in the lifecycle's time zone: a deadline's due date, or the last day of a window. It runs through the whole day.</summary>
    public DateOnly DueOn { get; }

    /// <summary>When the claim left the clock's status (or, for the consent window, went to incentive assessment); <see langword="null"/> while it runs.</summary>
    public DateTimeOffset? StoppedAt { get; }

    /// <summary>How it stands.</summary>
    public ClockState State { get; }

    /// <summary>Whether it is still running.</summary>
    public bool IsRunning => StoppedAt is null;

    /// <summary>Whether it is a deadline still running after its last day (<see cref="ClockState.Overdue"/>).</summary>
    public bool IsOverdue => State == ClockState.Overdue;
}
