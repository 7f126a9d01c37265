using System.Collections.ObjectModel;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Lifecycle;

/// <summary>
/// Where a claim stands in its lifecycle, with the full history that led there. Immutable: every transition of
/// <see cref="ClaimLifecycle"/> returns a new state. States come only from <see cref="ClaimLifecycle.Start"/>,
/// the transitions and <see cref="ClaimLifecycle.Restore"/>, so a state always has a history the lifecycle allows.
/// </summary>
public sealed class ClaimState
{
    private readonly ClaimHistoryEntry[] _history;
    private readonly ReadOnlyCollection<ClaimHistoryEntry> _historyView;

    private ClaimState(
        ClaimId id,
        ClaimHistoryEntry[] history,
        bool hasProofOfExecution,
        bool isArbitratedWithCurrentOwner,
        bool isSentForIncentiveAssessment)
    {
        Id = id;
        _history = history;
        _historyView = Array.AsReadOnly(history);
        HasProofOfExecution = hasProofOfExecution;
        IsArbitratedWithCurrentOwner = isArbitratedWithCurrentOwner;
        IsSentForIncentiveAssessment = isSentForIncentiveAssessment;
    }

    /// <summary>The claim.</summary>
    public ClaimId Id { get; }

    /// <summary>The current status.</summary>
    public ClaimStatus Status => LastEntry.Status;

    /// <summary>Whether a proof of execution has been attached.</summary>
    public bool HasProofOfExecution { get; }

    /// <summary>Why the claim was rejected, while it is rejected; otherwise <see langword="null"/>.</summary>
    public RejectionReason? RejectionReason => Status == ClaimStatus.Rejected ? LastEntry.Reason : null;

    /// <summary>Whether its review involves arbitration with the current owner (reviews of the claim are then extended).</summary>
    public bool IsArbitratedWithCurrentOwner { get; }

    /// <summary>Whether the approved association has gone to incentive assessment (the consent window ended); final.</summary>
    public bool IsSentForIncentiveAssessment { get; }

    /// <summary>Every event, oldest first; the first is always <see cref="LifecycleEvent.Created"/>.</summary>
    public IReadOnlyList<ClaimHistoryEntry> History => _historyView;

    /// <summary>The most recent event.</summary>
    internal ClaimHistoryEntry LastEntry => _history[^1];

    /// <summary>When the claim entered its current status (events that keep the status do not count).</summary>
    internal DateTimeOffset EnteredStatusAt
    {
        get
        {
            var i = _history.Length - 1;
            while (i > 0 && _history[i - 1].Status == Status)
            {
                i--;
            }

            return _history[i].At;
        }
    }

    /// <summary>For example <c>C-1 UnderReview</c>.</summary>
    public override string ToString() => $"{Id} {Status}";

    /// <summary>A new claim whose history is <paramref name="created"/>.</summary>
    internal static ClaimState Begin(ClaimId id, ClaimHistoryEntry created) => new(id, [created], false, false, false);

    /// <summary>The state after <paramref name="entry"/>; the caller has checked that it is allowed.</summary>
    internal ClaimState Append(ClaimHistoryEntry entry)
    {
        var e = entry.Event;
        return new ClaimState(
            Id,
            [.. _history, entry],
            HasProofOfExecution || e == LifecycleEvent.ProofOfExecutionAttached || (e == LifecycleEvent.Edited && entry.Field == ClaimField.ProofOfExecution),
            IsArbitratedWithCurrentOwner || e == LifecycleEvent.ArbitrationWithCurrentOwner,
            IsSentForIncentiveAssessment || e == LifecycleEvent.SentForIncentiveAssessment);
    }
}
