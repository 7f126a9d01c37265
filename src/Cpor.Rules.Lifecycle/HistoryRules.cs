namespace Cpor.Rules.Lifecycle;

/// <summary>
/// Whether an entry can follow a claim's state, judged by the order of events alone (not by the clocks, whose
/// options may have changed since the history was written). Used to restore stored histories.
/// </summary>
internal static class HistoryRules
{
    /// <summary>What is wrong with <paramref name="entry"/> after <paramref name="before"/>; <see langword="null"/> when it fits.</summary>
    public static string? Problem(ClaimState? before, ClaimHistoryEntry entry)
    {
        var e = entry.Event;
        if (before is null)
        {
            return e == LifecycleEvent.Created && entry.Status == Domain.ClaimStatus.Editing
                ? ExtrasProblem(entry)
                : $"a history starts with {LifecycleEvent.Created} (status {Domain.ClaimStatus.Editing}), not {e} (status {entry.Status}).";
        }

        if (!e.IsPossibleFrom(before.Status))
        {
            return $"{e} is not possible from {before.Status}.";
        }

        var after = e.StatusAfter(before.Status);
        if (entry.Status != after)
        {
            return $"{e} from {before.Status} leads to {after}, not {entry.Status}.";
        }

        if (entry.At < before.LastEntry.At)
        {
            return "it is earlier than the entry before it.";
        }

        if (e == LifecycleEvent.Submitted && !before.HasProofOfExecution)
        {
            return "the claim was submitted without a proof of execution.";
        }

        if ((e == LifecycleEvent.SentForIncentiveAssessment && before.IsSentForIncentiveAssessment)
            || (e == LifecycleEvent.ArbitrationWithCurrentOwner && before.IsArbitratedWithCurrentOwner))
        {
            return $"{e} happens only once.";
        }

        return ExtrasProblem(entry);
    }

    /// <summary>Whether the reason and field are present exactly when the event calls for them.</summary>
    private static string? ExtrasProblem(ClaimHistoryEntry entry)
    {
        var e = entry.Event;
        var reasonFits = entry.Reason is { } reason
            ? (e == LifecycleEvent.Rejected && reason.IsChosenByReviewer)
              || (e == LifecycleEvent.PartnerResponseExpired && reason == RejectionReason.NoPartnerResponse)
              || (e == LifecycleEvent.CustomerOptedOut && reason == RejectionReason.CustomerDeclined)
            : e != LifecycleEvent.Rejected && e != LifecycleEvent.PartnerResponseExpired && e != LifecycleEvent.CustomerOptedOut;
        if (!reasonFits)
        {
            return $"{e} does not go with the rejection reason {(entry.Reason?.Name ?? "(none)")}.";
        }

        var fieldFits = entry.Field is { } field ? e == LifecycleEvent.Edited && field.IsEditable : e != LifecycleEvent.Edited;
        return fieldFits ? null : $"{e} does not go with the field {(entry.Field?.Name ?? "(none)")}.";
    }
}
