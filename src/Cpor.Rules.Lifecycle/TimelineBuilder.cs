namespace Cpor.Rules.Lifecycle;

/// <summary>Replays a claim's history to find its clocks and how each stands at a given moment.</summary>
internal static class TimelineBuilder
{
    public static ClaimTimeline Build(ClaimState claim, LifecycleOptions options, DateTimeOffset now)
    {
        var clocks = new List<TimelineClock>();
        ClockKind? openKind = null;
        var openedAt = default(DateTimeOffset);
        var arbitrated = false;
        Domain.ClaimStatus? previous = null;

        foreach (var entry in claim.History)
        {
            // Arbitration is recorded during a review and extends that review and every later one.
            arbitrated |= entry.Event == LifecycleEvent.ArbitrationWithCurrentOwner;
            var stops = entry.Status != previous || entry.Event == LifecycleEvent.SentForIncentiveAssessment;
            if (openKind is not null && stops)
            {
                clocks.Add(Clock(options, now, openKind, openedAt, entry.At, arbitrated));
                openKind = null;
            }

            if (entry.Event.Starts is { } kind)
            {
                openKind = kind;
                openedAt = entry.At;
            }

            previous = entry.Status;
        }

        if (openKind is not null)
        {
            clocks.Add(Clock(options, now, openKind, openedAt, stoppedAt: null, arbitrated));
        }

        return new ClaimTimeline(now, options.DateOf(now), [.. clocks], DueTransition(clocks));
    }

    private static TimelineClock Clock(
        LifecycleOptions options, DateTimeOffset now, ClockKind kind, DateTimeOffset startedAt, DateTimeOffset? stoppedAt, bool arbitrated)
    {
        var dueOn = options.LastDayOf(kind, startedAt);
        var passed = options.DateOf(stoppedAt ?? now) > dueOn;
        ClockState state;
        if (!passed)
        {
            state = stoppedAt is null ? ClockState.Running : ClockState.Stopped;
        }
        else if (kind.IsWindow)
        {
            state = ClockState.Ended;
        }
        else if (kind.ExtendsForArbitration && arbitrated)
        {
            state = ClockState.ExtendedForArbitration;
        }
        else
        {
            state = stoppedAt is null ? ClockState.Overdue : ClockState.Missed;
        }

        return new TimelineClock(kind, startedAt, dueOn, stoppedAt, state);
    }

    private static LifecycleEvent? DueTransition(List<TimelineClock> clocks)
    {
        if (clocks.Count == 0 || !clocks[^1].IsRunning)
        {
            return null;
        }

        var current = clocks[^1];
        if (current.Kind == ClockKind.PartnerResponse && current.State == ClockState.Overdue)
        {
            return LifecycleEvent.PartnerResponseExpired;
        }

        return current.Kind == ClockKind.ConsentWindow && current.State == ClockState.Ended
            ? LifecycleEvent.SentForIncentiveAssessment
            : null;
    }
}
