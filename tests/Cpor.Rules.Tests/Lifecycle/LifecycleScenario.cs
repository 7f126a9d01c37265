using Cpor.Rules.Domain;
using Cpor.Rules.Lifecycle;
using Microsoft.Extensions.Time.Testing;

namespace Cpor.Rules.Tests.Lifecycle;

/// <summary>
/// A fake clock and a lifecycle over it, with shortcuts that drive a new claim into each status through the
/// public transitions (every step must succeed, so a broken transition fails the tests that rely on it).
/// </summary>
internal sealed class LifecycleScenario
{
    /// <summary>Monday 7 September 2020, 09:00 UTC: the week the manage page was published.</summary>
    public static readonly DateTimeOffset Monday = new(2020, 9, 7, 9, 0, 0, TimeSpan.Zero);

    public LifecycleScenario(LifecycleOptions? options = null, DateTimeOffset? start = null)
    {
        Time = new FakeTimeProvider(start ?? Monday);
        Lifecycle = new ClaimLifecycle(Time, options);
    }

    public FakeTimeProvider Time { get; }

    public ClaimLifecycle Lifecycle { get; }

    public static ClaimId Id { get; } = ClaimId.Parse("C-1");

    /// <summary>Moves the clock to <paramref name="date"/> at <paramref name="hour"/>:00 UTC.</summary>
    public void SetDate(DateOnly date, int hour = 9) => Time.SetUtcNow(new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero));

    public ClaimState Editing(bool withProof = false)
    {
        var claim = Lifecycle.Start(Id);
        return withProof ? Lifecycle.AttachProofOfExecution(claim).AsT0 : claim;
    }

    public ClaimState Submitted() => Lifecycle.Submit(Editing(withProof: true)).AsT0;

    public ClaimState UnderReview() => Lifecycle.StartReview(Submitted()).AsT0;

    public ClaimState PartnerActionRequired() => Lifecycle.RequestPartnerAction(UnderReview(), "Please add the signed statement of work.").AsT0;

    public ClaimState Approved() => Lifecycle.Approve(UnderReview()).AsT0;

    public ClaimState Rejected() => Lifecycle.Reject(UnderReview(), RejectionReason.Reviewer, "The PoE is not signed.").AsT0;

    public ClaimState In(ClaimStatus status)
    {
        if (status == ClaimStatus.Editing)
        {
            return Editing(withProof: true);
        }

        if (status == ClaimStatus.Submitted)
        {
            return Submitted();
        }

        if (status == ClaimStatus.UnderReview)
        {
            return UnderReview();
        }

        if (status == ClaimStatus.PartnerActionRequired)
        {
            return PartnerActionRequired();
        }

        return status == ClaimStatus.Approved ? Approved() : Rejected();
    }
}
