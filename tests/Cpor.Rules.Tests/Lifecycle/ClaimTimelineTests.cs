using Cpor.Rules.Domain;
using Cpor.Rules.Lifecycle;

namespace Cpor.Rules.Tests.Lifecycle;

public sealed class ClaimTimelineTests
{
    [Fact]
    public void GetTimeline_Editing_NoClocksAndNothingDue()
    {
        var scenario = new LifecycleScenario();

        var timeline = scenario.Lifecycle.GetTimeline(scenario.Editing());

        Assert.Empty(timeline.Clocks);
        Assert.Null(timeline.Current);
        Assert.Null(timeline.DueTransition);
        Assert.Equal(LifecycleScenario.Monday, timeline.Now);
        Assert.Equal(new DateOnly(2020, 9, 7), timeline.Today);
    }

    [Fact]
    public void GetTimeline_NullClaim_ThrowsNamingClaim()
        => Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => new LifecycleScenario().Lifecycle.GetTimeline(null!)).ParamName);

    [Theory]
    [InlineData("2020-09-07", "2020-09-14")] // Monday: next Monday
    [InlineData("2020-09-11", "2020-09-18")] // Friday: next Friday
    [InlineData("2020-09-12", "2020-09-18")] // Saturday: the Friday after
    [InlineData("2020-09-28", "2020-10-05")] // across a month end
    [InlineData("2020-12-28", "2021-01-04")] // across a year end, no holidays
    public void GetTimeline_Submitted_ReviewStartDueFiveBusinessDaysLater(string submittedOn, string dueOn)
    {
        var scenario = new LifecycleScenario(start: At(Parse(submittedOn)));

        var clock = Assert.Single(scenario.Lifecycle.GetTimeline(scenario.Submitted()).Clocks);

        Assert.Equal(ClockKind.ReviewStart, clock.Kind);
        Assert.Equal(Parse(dueOn), clock.DueOn);
        Assert.Equal(ClockState.Running, clock.State);
        Assert.True(clock.IsRunning);
    }

    [Fact]
    public void GetTimeline_SubmittedOnLastDay_RunningThenOverdueNextDay()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Submitted();

        scenario.SetDate(new DateOnly(2020, 9, 14), hour: 23);
        var lastDay = scenario.Lifecycle.GetTimeline(claim);
        scenario.SetDate(new DateOnly(2020, 9, 15), hour: 0);
        var dayAfter = scenario.Lifecycle.GetTimeline(claim);

        Assert.Equal(ClockState.Running, lastDay.Current!.State);
        Assert.Empty(lastDay.Overdue);
        Assert.Equal(ClockState.Overdue, dayAfter.Current!.State);
        Assert.Same(dayAfter.Current, Assert.Single(dayAfter.Overdue));
        Assert.Null(dayAfter.DueTransition);
    }

    [Fact]
    public void GetTimeline_YearEndHolidays_ReviewStartDueAfterThem()
    {
        var calendar = new BusinessCalendar([new DateOnly(2020, 12, 25), new DateOnly(2021, 1, 1)]);
        var scenario = new LifecycleScenario(LifecycleOptions.Default with { Calendar = calendar }, At(new DateOnly(2020, 12, 23)));
        var claim = scenario.Submitted();
        scenario.SetDate(new DateOnly(2021, 1, 1));

        var clock = scenario.Lifecycle.GetTimeline(claim).Current!;

        Assert.Equal(new DateOnly(2020, 12, 31), clock.DueOn);
        Assert.True(clock.IsOverdue);
    }

    [Fact]
    public void GetTimeline_ReviewDecidedInTime_ClocksStoppedAndConsentRunning()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.UnderReview();
        scenario.SetDate(new DateOnly(2020, 9, 9));
        claim = scenario.Lifecycle.Approve(claim).AsT0;

        var clocks = scenario.Lifecycle.GetTimeline(claim).Clocks;

        Assert.Equal([ClockKind.ReviewStart, ClockKind.Review, ClockKind.ConsentWindow], clocks.Select(c => c.Kind));
        Assert.Equal([ClockState.Stopped, ClockState.Stopped, ClockState.Running], clocks.Select(c => c.State));
        Assert.Equal(At(new DateOnly(2020, 9, 9)), clocks[1].StoppedAt);
        Assert.Equal(new DateOnly(2020, 9, 16), clocks[2].DueOn);
    }

    [Fact]
    public void GetTimeline_ReviewDecidedLate_ReviewMissedButNotOverdue()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.UnderReview();
        scenario.SetDate(new DateOnly(2020, 9, 15));
        claim = scenario.Lifecycle.Approve(claim).AsT0;

        var timeline = scenario.Lifecycle.GetTimeline(claim);

        Assert.Equal(ClockState.Missed, timeline.Clocks[1].State);
        Assert.Empty(timeline.Overdue);
    }

    [Fact]
    public void GetTimeline_ReviewPastDueWithArbitration_ExtendedNotOverdue()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Lifecycle.RecordArbitrationWithCurrentOwner(scenario.UnderReview()).AsT0;
        scenario.SetDate(new DateOnly(2020, 9, 21));

        var timeline = scenario.Lifecycle.GetTimeline(claim);

        Assert.Equal(ClockState.ExtendedForArbitration, timeline.Current!.State);
        Assert.False(timeline.Current.IsOverdue);
        Assert.Empty(timeline.Overdue);
    }

    [Fact]
    public void GetTimeline_ReviewWithArbitrationBeforeDue_StillRunning()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Lifecycle.RecordArbitrationWithCurrentOwner(scenario.UnderReview()).AsT0;

        Assert.Equal(ClockState.Running, scenario.Lifecycle.GetTimeline(claim).Current!.State);
    }

    [Fact]
    public void GetTimeline_ArbitrationRecordedInLaterReview_EarlierMissedReviewStaysMissed()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.UnderReview();
        scenario.SetDate(new DateOnly(2020, 9, 16));
        claim = scenario.Lifecycle.RequestPartnerAction(claim).AsT0;
        claim = scenario.Lifecycle.RecordPartnerResponse(claim).AsT0;
        claim = scenario.Lifecycle.RecordArbitrationWithCurrentOwner(claim).AsT0;
        scenario.SetDate(new DateOnly(2020, 9, 30));

        var reviews = scenario.Lifecycle.GetTimeline(claim).Clocks.Where(c => c.Kind == ClockKind.Review).ToArray();

        Assert.Equal([ClockState.Missed, ClockState.ExtendedForArbitration], reviews.Select(c => c.State));
        Assert.Equal(new DateOnly(2020, 9, 23), reviews[1].DueOn);
    }

    [Fact]
    public void GetTimeline_ArbitrationThenPartnerAction_LaterReviewAlsoExtended()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Lifecycle.RecordArbitrationWithCurrentOwner(scenario.UnderReview()).AsT0;
        claim = scenario.Lifecycle.RequestPartnerAction(claim).AsT0;
        claim = scenario.Lifecycle.RecordPartnerResponse(claim).AsT0;
        scenario.SetDate(new DateOnly(2020, 9, 30));

        Assert.Equal(ClockState.ExtendedForArbitration, scenario.Lifecycle.GetTimeline(claim).Current!.State);
    }

    [Fact]
    public void GetTimeline_PartnerResponseOverdue_NoPartnerResponseRejectionDue()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.PartnerActionRequired();
        scenario.SetDate(new DateOnly(2020, 9, 14));
        var onLastDay = scenario.Lifecycle.GetTimeline(claim);
        scenario.SetDate(new DateOnly(2020, 9, 15));
        var dayAfter = scenario.Lifecycle.GetTimeline(claim);

        Assert.Null(onLastDay.DueTransition);
        Assert.Equal(ClockKind.PartnerResponse, dayAfter.Current!.Kind);
        Assert.True(dayAfter.Current.IsOverdue);
        Assert.Equal(LifecycleEvent.PartnerResponseExpired, dayAfter.DueTransition);
    }

    [Fact]
    public void GetTimeline_PartnerRespondedInTime_ResponseStoppedAndNewReviewRunning()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.PartnerActionRequired();
        scenario.SetDate(new DateOnly(2020, 9, 10));
        claim = scenario.Lifecycle.RecordPartnerResponse(claim).AsT0;

        var clocks = scenario.Lifecycle.GetTimeline(claim).Clocks;

        Assert.Equal(ClockState.Stopped, clocks[^2].State);
        Assert.Equal(ClockKind.Review, clocks[^1].Kind);
        Assert.Equal(new DateOnly(2020, 9, 17), clocks[^1].DueOn);
    }

    [Fact]
    public void GetTimeline_ConsentWindowEnded_IncentiveAssessmentDue()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Approved();
        scenario.SetDate(new DateOnly(2020, 9, 15));

        var timeline = scenario.Lifecycle.GetTimeline(claim);

        Assert.Equal(ClockState.Ended, timeline.Current!.State);
        Assert.Empty(timeline.Overdue);
        Assert.Equal(LifecycleEvent.SentForIncentiveAssessment, timeline.DueTransition);
    }

    [Fact]
    public void GetTimeline_SentForIncentiveAssessment_NothingRunningOrDue()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Approved();
        scenario.SetDate(new DateOnly(2020, 9, 15));
        claim = scenario.Lifecycle.SendForIncentiveAssessment(claim).AsT0;

        var timeline = scenario.Lifecycle.GetTimeline(claim);

        Assert.Null(timeline.Current);
        Assert.Null(timeline.DueTransition);
        Assert.Equal(ClockState.Ended, timeline.Clocks[^1].State);
        Assert.Equal(At(new DateOnly(2020, 9, 15)), timeline.Clocks[^1].StoppedAt);
    }

    [Fact]
    public void GetTimeline_Rejected_DisputeWindowRunsThirtyDaysThenEndsWithoutTransition()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Rejected();
        var open = scenario.Lifecycle.GetTimeline(claim).Current!;
        scenario.SetDate(new DateOnly(2020, 10, 8));
        var ended = scenario.Lifecycle.GetTimeline(claim);

        Assert.Equal(ClockKind.DisputeWindow, open.Kind);
        Assert.Equal(new DateOnly(2020, 10, 7), open.DueOn);
        Assert.Equal(ClockState.Ended, ended.Current!.State);
        Assert.Empty(ended.Overdue);
        Assert.Null(ended.DueTransition);
    }

    [Fact]
    public void GetTimeline_DisputeAtYearEnd_AnswerDueFiveBusinessDaysLaterOverHolidays()
    {
        var calendar = new BusinessCalendar([new DateOnly(2020, 12, 25), new DateOnly(2021, 1, 1)]);
        var scenario = new LifecycleScenario(LifecycleOptions.Default with { Calendar = calendar }, At(new DateOnly(2020, 12, 10)));
        var claim = scenario.Rejected();
        scenario.SetDate(new DateOnly(2020, 12, 24));
        claim = scenario.Lifecycle.Dispute(claim).AsT0;
        scenario.SetDate(new DateOnly(2021, 1, 5));

        var timeline = scenario.Lifecycle.GetTimeline(claim);

        // 28, 29, 30, 31 December and 4 January: Christmas Day and New Year's Day do not count.
        Assert.Equal(ClockKind.DisputeAnswer, timeline.Current!.Kind);
        Assert.Equal(new DateOnly(2021, 1, 4), timeline.Current.DueOn);
        Assert.True(timeline.Current.IsOverdue);
        Assert.Equal(ClockState.Stopped, timeline.Clocks[^2].State);
    }

    [Fact]
    public void GetTimeline_DisputeAnswerPastDueWithArbitration_Extended()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Lifecycle.Dispute(scenario.Rejected()).AsT0;
        claim = scenario.Lifecycle.RecordArbitrationWithCurrentOwner(claim).AsT0;
        scenario.SetDate(new DateOnly(2020, 9, 30));

        Assert.Equal(ClockState.ExtendedForArbitration, scenario.Lifecycle.GetTimeline(claim).Current!.State);
    }

    [Fact]
    public void GetTimeline_TimeZoneAhead_CountsFromLocalDate()
    {
        // Thursday 20:00 UTC is already Friday 05:00 nine hours east.
        var east = TimeZoneInfo.CreateCustomTimeZone("Test+09", TimeSpan.FromHours(9), "Test+09", "Test+09");
        var thursdayEvening = new DateTimeOffset(2020, 9, 10, 20, 0, 0, TimeSpan.Zero);
        var utc = new LifecycleScenario(start: thursdayEvening);
        var zoned = new LifecycleScenario(LifecycleOptions.Default with { TimeZone = east }, thursdayEvening);

        var utcTimeline = utc.Lifecycle.GetTimeline(utc.Submitted());
        var zonedTimeline = zoned.Lifecycle.GetTimeline(zoned.Submitted());

        Assert.Equal(new DateOnly(2020, 9, 17), utcTimeline.Current!.DueOn);
        Assert.Equal(new DateOnly(2020, 9, 18), zonedTimeline.Current!.DueOn);
        Assert.Equal(new DateOnly(2020, 9, 11), zonedTimeline.Today);
    }

    [Fact]
    public void GetTimeline_CustomClockLengths_Honoured()
    {
        var options = LifecycleOptions.Default with { ReviewStartWithin = ClockSpan.BusinessDays(2) };
        var scenario = new LifecycleScenario(options);

        Assert.Equal(new DateOnly(2020, 9, 9), scenario.Lifecycle.GetTimeline(scenario.Submitted()).Current!.DueOn);
    }

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

    private static DateOnly Parse(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
