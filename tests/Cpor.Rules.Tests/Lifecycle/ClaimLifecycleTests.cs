using Cpor.Rules.Domain;
using Cpor.Rules.Lifecycle;

namespace Cpor.Rules.Tests.Lifecycle;

public sealed class ClaimLifecycleTests
{
    private static readonly DateOnly Monday = new(2020, 9, 7);

    /// <summary>
    /// Every transition method with the statuses it is allowed from, written out here independently of the
    /// library's own table, and the event it records.
    /// </summary>
    private static readonly Dictionary<string, (Func<ClaimLifecycle, ClaimState, object> Invoke, ClaimStatus[] AllowedFrom, LifecycleEvent Event)> Transitions = new()
    {
        ["AttachProofOfExecution"] = ((l, c) => l.AttachProofOfExecution(c).Value, [ClaimStatus.Editing, ClaimStatus.Submitted, ClaimStatus.PartnerActionRequired], LifecycleEvent.ProofOfExecutionAttached),
        ["Submit"] = ((l, c) => l.Submit(c).Value, [ClaimStatus.Editing], LifecycleEvent.Submitted),
        ["StartReview"] = ((l, c) => l.StartReview(c).Value, [ClaimStatus.Submitted], LifecycleEvent.ReviewStarted),
        ["RecordArbitrationWithCurrentOwner"] = ((l, c) => l.RecordArbitrationWithCurrentOwner(c).Value, [ClaimStatus.UnderReview], LifecycleEvent.ArbitrationWithCurrentOwner),
        ["RequestPartnerAction"] = ((l, c) => l.RequestPartnerAction(c).Value, [ClaimStatus.UnderReview], LifecycleEvent.PartnerActionRequested),
        ["RecordPartnerResponse"] = ((l, c) => l.RecordPartnerResponse(c).Value, [ClaimStatus.PartnerActionRequired], LifecycleEvent.PartnerResponded),
        ["RejectForNoPartnerResponse"] = ((l, c) => l.RejectForNoPartnerResponse(c).Value, [ClaimStatus.PartnerActionRequired], LifecycleEvent.PartnerResponseExpired),
        ["Approve"] = ((l, c) => l.Approve(c).Value, [ClaimStatus.UnderReview], LifecycleEvent.Approved),
        ["Reject"] = ((l, c) => l.Reject(c, RejectionReason.Reviewer).Value, [ClaimStatus.UnderReview], LifecycleEvent.Rejected),
        ["RecordCustomerOptOut"] = ((l, c) => l.RecordCustomerOptOut(c).Value, [ClaimStatus.Approved], LifecycleEvent.CustomerOptedOut),
        ["SendForIncentiveAssessment"] = ((l, c) => l.SendForIncentiveAssessment(c).Value, [ClaimStatus.Approved], LifecycleEvent.SentForIncentiveAssessment),
        ["Dispute"] = ((l, c) => l.Dispute(c).Value, [ClaimStatus.Rejected], LifecycleEvent.Disputed),
    };

    public static TheoryData<string, string> TransitionsFromEveryStatus()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Transitions.Keys)
        {
            foreach (var status in ClaimStatus.List.OrderBy(s => s.Value))
            {
                data.Add(name, status.Name);
            }
        }

        return data;
    }

    public static TheoryData<string> TransitionNames() => [.. Transitions.Keys];

    [Theory]
    [MemberData(nameof(TransitionsFromEveryStatus))]
    public void Transition_FromEachStatus_AllowedOrRefusedAsInvalidTransition(string transition, string statusName)
    {
        var scenario = new LifecycleScenario();
        var status = ClaimStatus.Parse(statusName);
        var (invoke, allowedFrom, recorded) = Transitions[transition];
        var claim = scenario.In(status);

        var result = invoke(scenario.Lifecycle, claim);

        if (allowedFrom.Contains(status))
        {
            Assert.IsNotType<InvalidTransition>(result);
        }
        else
        {
            var refusal = Assert.IsType<InvalidTransition>(result);
            Assert.Equal(new InvalidTransition(LifecycleScenario.Id, status, recorded), refusal);
            Assert.Contains(status.Name, refusal.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TransitionNames))]
    public void Transition_NullClaim_ThrowsNamingClaim(string transition)
    {
        var scenario = new LifecycleScenario();

        var ex = Assert.Throws<ArgumentNullException>(() => Transitions[transition].Invoke(scenario.Lifecycle, null!));

        Assert.Equal("claim", ex.ParamName);
    }

    [Fact]
    public void Constructor_NullTimeProvider_ThrowsNamingIt()
        => Assert.Equal("timeProvider", Assert.Throws<ArgumentNullException>(() => new ClaimLifecycle(null!)).ParamName);

    [Fact]
    public void Constructor_NoOptions_UsesDefaults()
        => Assert.Same(LifecycleOptions.Default, new LifecycleScenario().Lifecycle.Options);

    [Fact]
    public void Start_NewClaim_IsEditingWithoutProofAndStampedNow()
    {
        var scenario = new LifecycleScenario();

        var claim = scenario.Lifecycle.Start(LifecycleScenario.Id);

        Assert.Equal(ClaimStatus.Editing, claim.Status);
        Assert.False(claim.HasProofOfExecution);
        Assert.Null(claim.RejectionReason);
        var entry = Assert.Single(claim.History);
        Assert.Equal(new ClaimHistoryEntry(LifecycleScenario.Monday, LifecycleEvent.Created, ClaimStatus.Editing), entry);
    }

    [Fact]
    public void Start_DefaultId_ThrowsNamingId()
        => Assert.Equal("id", Assert.Throws<ArgumentException>(() => new LifecycleScenario().Lifecycle.Start(default)).ParamName);

    [Fact]
    public void AttachProofOfExecution_Editing_MarksProofAndKeepsStatus()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Editing();

        var attached = scenario.Lifecycle.AttachProofOfExecution(claim, "SOW signed 2020-08-30").AsT0;

        Assert.True(attached.HasProofOfExecution);
        Assert.Equal(ClaimStatus.Editing, attached.Status);
        Assert.Equal("SOW signed 2020-08-30", attached.History[^1].Note);
        Assert.False(claim.HasProofOfExecution);
        Assert.Single(claim.History);
    }

    [Fact]
    public void Submit_WithProof_SubmittedWithEntryStampedNow()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Editing(withProof: true);
        scenario.Time.Advance(TimeSpan.FromHours(3));

        var submitted = scenario.Lifecycle.Submit(claim).AsT0;

        Assert.Equal(ClaimStatus.Submitted, submitted.Status);
        Assert.Equal(new ClaimHistoryEntry(LifecycleScenario.Monday.AddHours(3), LifecycleEvent.Submitted, ClaimStatus.Submitted), submitted.History[^1]);
        Assert.Equal(ClaimStatus.Editing, claim.Status);
    }

    [Fact]
    public void Submit_WithoutProof_RefusedAsProofRequired()
    {
        var scenario = new LifecycleScenario();

        var result = scenario.Lifecycle.Submit(scenario.Editing());

        Assert.Equal(new ProofOfExecutionRequired(LifecycleScenario.Id), result.AsT2);
        Assert.Contains("proof of execution", result.AsT2.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartReview_Submitted_UnderReview()
        => Assert.Equal(ClaimStatus.UnderReview, new LifecycleScenario().UnderReview().Status);

    [Fact]
    public void RequestPartnerAction_UnderReview_PartnerActionRequiredWithRequest()
    {
        var scenario = new LifecycleScenario();

        var claim = scenario.Lifecycle.RequestPartnerAction(scenario.UnderReview(), "Add the customer's signature.").AsT0;

        Assert.Equal(ClaimStatus.PartnerActionRequired, claim.Status);
        Assert.Equal(LifecycleEvent.PartnerActionRequested, claim.History[^1].Event);
        Assert.Equal("Add the customer's signature.", claim.History[^1].Note);
    }

    [Fact]
    public void RecordPartnerResponse_PartnerActionRequired_BackUnderReview()
    {
        var scenario = new LifecycleScenario();

        var claim = scenario.Lifecycle.RecordPartnerResponse(scenario.PartnerActionRequired(), "Signed copy attached.").AsT0;

        Assert.Equal(ClaimStatus.UnderReview, claim.Status);
        Assert.Equal(LifecycleEvent.PartnerResponded, claim.History[^1].Event);
    }

    [Fact]
    public void RejectForNoPartnerResponse_DayAfterLastDay_RejectedWithNoPartnerResponse()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.PartnerActionRequired();
        scenario.SetDate(new DateOnly(2020, 9, 15), hour: 0);

        var rejected = scenario.Lifecycle.RejectForNoPartnerResponse(claim).AsT0;

        Assert.Equal(ClaimStatus.Rejected, rejected.Status);
        Assert.Equal(RejectionReason.NoPartnerResponse, rejected.RejectionReason);
        Assert.Equal(LifecycleEvent.PartnerResponseExpired, rejected.History[^1].Event);
    }

    [Fact]
    public void RejectForNoPartnerResponse_OnLastDay_RefusedAsClockStillRunning()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.PartnerActionRequired();
        scenario.SetDate(new DateOnly(2020, 9, 14), hour: 23);

        var result = scenario.Lifecycle.RejectForNoPartnerResponse(claim);

        Assert.Equal(new ClockStillRunning(LifecycleScenario.Id, ClockKind.PartnerResponse, new DateOnly(2020, 9, 14)), result.AsT2);
        Assert.Contains("2020-09-14", result.AsT2.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectForNoPartnerResponse_HolidayInWindow_WaitsOneMoreBusinessDay()
    {
        var options = LifecycleOptions.Default with { Calendar = new BusinessCalendar([new DateOnly(2020, 9, 10)]) };
        var scenario = new LifecycleScenario(options);
        var claim = scenario.PartnerActionRequired();
        scenario.SetDate(new DateOnly(2020, 9, 15));

        var result = scenario.Lifecycle.RejectForNoPartnerResponse(claim);

        Assert.Equal(new DateOnly(2020, 9, 15), result.AsT2.LastDay);
    }

    [Fact]
    public void RejectForNoPartnerResponse_EditsDuringRequest_ClockCountsFromRequest()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.PartnerActionRequired();
        scenario.SetDate(new DateOnly(2020, 9, 11));
        claim = scenario.Lifecycle.Edit(claim, ClaimField.Comments, "Working on it.").AsT0;
        scenario.SetDate(new DateOnly(2020, 9, 15));

        Assert.True(scenario.Lifecycle.RejectForNoPartnerResponse(claim).IsT0);
    }

    [Fact]
    public void Approve_UnderReview_Approved()
    {
        var claim = new LifecycleScenario().Approved();

        Assert.Equal(ClaimStatus.Approved, claim.Status);
        Assert.False(claim.IsSentForIncentiveAssessment);
    }

    [Theory]
    [InlineData("Reviewer")]
    [InlineData("PartnerRequest")]
    [InlineData("CompetingClaimLost")]
    public void Reject_ReviewerReason_RejectedWithReasonAndNote(string reasonName)
    {
        var scenario = new LifecycleScenario();
        var reason = RejectionReason.Parse(reasonName);

        var claim = scenario.Lifecycle.Reject(scenario.UnderReview(), reason, "Decided.").AsT0;

        Assert.Equal(ClaimStatus.Rejected, claim.Status);
        Assert.Equal(reason, claim.RejectionReason);
        Assert.Equal(new ClaimHistoryEntry(LifecycleScenario.Monday, LifecycleEvent.Rejected, ClaimStatus.Rejected, reason, note: "Decided."), claim.History[^1]);
    }

    [Theory]
    [InlineData("NoPartnerResponse")]
    [InlineData("CustomerDeclined")]
    public void Reject_ReasonWithOwnTransition_ThrowsNamingReason(string reasonName)
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.UnderReview();

        var ex = Assert.Throws<ArgumentException>(() => scenario.Lifecycle.Reject(claim, RejectionReason.Parse(reasonName)));

        Assert.Equal("reason", ex.ParamName);
    }

    [Fact]
    public void Reject_NullReason_ThrowsNamingReason()
    {
        var scenario = new LifecycleScenario();

        var ex = Assert.Throws<ArgumentNullException>(() => scenario.Lifecycle.Reject(scenario.UnderReview(), null!));

        Assert.Equal("reason", ex.ParamName);
    }

    [Fact]
    public void RecordCustomerOptOut_OnLastDayOfWindow_RejectedWithCustomerDeclined()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Approved();
        scenario.SetDate(new DateOnly(2020, 9, 14), hour: 23);

        var rejected = scenario.Lifecycle.RecordCustomerOptOut(claim, "The customer works with another partner.").AsT0;

        Assert.Equal(ClaimStatus.Rejected, rejected.Status);
        Assert.Equal(RejectionReason.CustomerDeclined, rejected.RejectionReason);
    }

    [Fact]
    public void RecordCustomerOptOut_AfterWindow_RefusedAsWindowClosed()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Approved();
        scenario.SetDate(new DateOnly(2020, 9, 15), hour: 0);

        var result = scenario.Lifecycle.RecordCustomerOptOut(claim);

        Assert.Equal(new WindowClosed(LifecycleScenario.Id, ClockKind.ConsentWindow, new DateOnly(2020, 9, 14)), result.AsT2);
    }

    [Fact]
    public void RecordCustomerOptOut_AfterIncentiveAssessment_RefusedAsWindowClosed()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Approved();
        scenario.SetDate(new DateOnly(2020, 9, 15));
        claim = scenario.Lifecycle.SendForIncentiveAssessment(claim).AsT0;

        Assert.IsType<WindowClosed>(scenario.Lifecycle.RecordCustomerOptOut(claim).Value);
    }

    [Fact]
    public void RecordCustomerOptOut_ConsentWindowOfFiveBusinessDaysOverHolidays_EndsLaterThanSevenCalendarDays()
    {
        var calendar = new BusinessCalendar([new DateOnly(2020, 12, 25), new DateOnly(2021, 1, 1)]);
        var start = new DateTimeOffset(2020, 12, 21, 9, 0, 0, TimeSpan.Zero);
        var businessDays = new LifecycleScenario(LifecycleOptions.Default with { Calendar = calendar, ConsentWindow = ClockSpan.BusinessDays(5) }, start);
        var calendarDays = new LifecycleScenario(LifecycleOptions.Default with { Calendar = calendar }, start);
        var approvedA = businessDays.Approved();
        var approvedB = calendarDays.Approved();
        businessDays.SetDate(new DateOnly(2020, 12, 29));
        calendarDays.SetDate(new DateOnly(2020, 12, 29));

        Assert.True(businessDays.Lifecycle.RecordCustomerOptOut(approvedA).IsT0);
        Assert.Equal(new DateOnly(2020, 12, 28), calendarDays.Lifecycle.RecordCustomerOptOut(approvedB).AsT2.LastDay);
    }

    [Fact]
    public void SendForIncentiveAssessment_AfterWindow_StaysApprovedForGood()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Approved();
        scenario.SetDate(new DateOnly(2020, 9, 15));

        var sent = scenario.Lifecycle.SendForIncentiveAssessment(claim).AsT0;

        Assert.Equal(ClaimStatus.Approved, sent.Status);
        Assert.True(sent.IsSentForIncentiveAssessment);
        Assert.Equal(LifecycleEvent.SentForIncentiveAssessment, sent.History[^1].Event);
        Assert.Equal(new InvalidTransition(LifecycleScenario.Id, ClaimStatus.Approved, LifecycleEvent.SentForIncentiveAssessment), scenario.Lifecycle.SendForIncentiveAssessment(sent).AsT1);
    }

    [Fact]
    public void SendForIncentiveAssessment_OnLastDayOfWindow_RefusedAsClockStillRunning()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Approved();
        scenario.SetDate(new DateOnly(2020, 9, 14), hour: 23);

        var result = scenario.Lifecycle.SendForIncentiveAssessment(claim);

        Assert.Equal(new ClockStillRunning(LifecycleScenario.Id, ClockKind.ConsentWindow, new DateOnly(2020, 9, 14)), result.AsT2);
    }

    [Fact]
    public void Dispute_OnThirtiethDay_BackUnderReviewWithJustification()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Rejected();
        scenario.SetDate(new DateOnly(2020, 10, 7), hour: 23);

        var disputed = scenario.Lifecycle.Dispute(claim, "The customer signed a new SOW.").AsT0;

        Assert.Equal(ClaimStatus.UnderReview, disputed.Status);
        Assert.Null(disputed.RejectionReason);
        Assert.Equal("The customer signed a new SOW.", disputed.History[^1].Note);
    }

    [Fact]
    public void Dispute_AfterThirtyDays_RefusedAsWindowClosedPointingToNewClaim()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Rejected();
        scenario.SetDate(new DateOnly(2020, 10, 8), hour: 0);

        var refusal = scenario.Lifecycle.Dispute(claim).AsT2;

        Assert.Equal(new WindowClosed(LifecycleScenario.Id, ClockKind.DisputeWindow, new DateOnly(2020, 10, 7)), refusal);
        Assert.Contains("new claim", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispute_RejectionUpheldAfterDispute_NewWindowFromSecondRejection()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Rejected();
        scenario.SetDate(new DateOnly(2020, 10, 1));
        claim = scenario.Lifecycle.Dispute(claim).AsT0;
        claim = scenario.Lifecycle.Reject(claim, RejectionReason.Reviewer).AsT0;
        scenario.SetDate(new DateOnly(2020, 10, 31));

        Assert.True(scenario.Lifecycle.Dispute(claim).IsT0);
    }

    [Fact]
    public void Dispute_AfterNoPartnerResponse_Allowed()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.PartnerActionRequired();
        scenario.SetDate(new DateOnly(2020, 9, 16));
        claim = scenario.Lifecycle.RejectForNoPartnerResponse(claim).AsT0;

        Assert.Equal(ClaimStatus.UnderReview, scenario.Lifecycle.Dispute(claim).AsT0.Status);
    }

    public static TheoryData<string, string> EditableFieldsInEditableStatuses()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in new[] { "PartnerId", "Products", "Contacts", "ProofOfExecution", "Comments" })
        {
            data.Add(field, "Submitted");
            data.Add(field, "PartnerActionRequired");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EditableFieldsInEditableStatuses))]
    public void Edit_EditableFieldInEditableStatus_RecordedWithoutStatusChange(string fieldName, string statusName)
    {
        var scenario = new LifecycleScenario();
        var status = ClaimStatus.Parse(statusName);
        var field = ClaimField.Parse(fieldName);

        var edited = scenario.Lifecycle.Edit(scenario.In(status), field, "Changed.").AsT0;

        Assert.Equal(status, edited.Status);
        Assert.Equal(new ClaimHistoryEntry(LifecycleScenario.Monday, LifecycleEvent.Edited, status, field: field, note: "Changed."), edited.History[^1]);
    }

    [Theory]
    [InlineData("TenantId", "Submitted")]
    [InlineData("CustomerDomain", "Submitted")]
    [InlineData("SolutionArea", "PartnerActionRequired")]
    [InlineData("Activity", "PartnerActionRequired")]
    [InlineData("SubscriptionId", "Submitted")]
    [InlineData("Activity", "UnderReview")]
    public void Edit_FieldThatNeverChanges_RefusedAsFieldNotEditable(string fieldName, string statusName)
    {
        var scenario = new LifecycleScenario();
        var field = ClaimField.Parse(fieldName);

        var result = scenario.Lifecycle.Edit(scenario.In(ClaimStatus.Parse(statusName)), field);

        Assert.Equal(new FieldNotEditable(LifecycleScenario.Id, field), result.AsT1);
        Assert.Contains(fieldName, result.AsT1.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Editing")]
    [InlineData("UnderReview")]
    [InlineData("Approved")]
    [InlineData("Rejected")]
    public void Edit_EditableFieldInOtherStatus_RefusedAsEditNotAllowed(string statusName)
    {
        var scenario = new LifecycleScenario();
        var status = ClaimStatus.Parse(statusName);

        var result = scenario.Lifecycle.Edit(scenario.In(status), ClaimField.Products);

        Assert.Equal(new EditNotAllowed(LifecycleScenario.Id, status, ClaimField.Products), result.AsT2);
        Assert.Contains(statusName, result.AsT2.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_NullField_ThrowsNamingField()
    {
        var scenario = new LifecycleScenario();

        var ex = Assert.Throws<ArgumentNullException>(() => scenario.Lifecycle.Edit(scenario.Submitted(), null!));

        Assert.Equal("field", ex.ParamName);
    }

    [Fact]
    public void Edit_NullClaim_ThrowsNamingClaim()
        => Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => new LifecycleScenario().Lifecycle.Edit(null!, ClaimField.Products)).ParamName);

    [Fact]
    public void RecordArbitrationWithCurrentOwner_UnderReview_FlagsClaimOnce()
    {
        var scenario = new LifecycleScenario();

        var flagged = scenario.Lifecycle.RecordArbitrationWithCurrentOwner(scenario.UnderReview()).AsT0;
        var again = scenario.Lifecycle.RecordArbitrationWithCurrentOwner(flagged).AsT0;

        Assert.True(flagged.IsArbitratedWithCurrentOwner);
        Assert.Equal(ClaimStatus.UnderReview, flagged.Status);
        Assert.Same(flagged, again);
    }

    [Fact]
    public void Transition_ClockSetBackwards_StampedWithLastEventTime()
    {
        // The claim was written by a host whose clock ran two days ahead of this one.
        var ahead = new LifecycleScenario(start: LifecycleScenario.Monday.AddDays(2));
        var claim = ahead.Submitted();
        var behind = new LifecycleScenario();

        var reviewed = behind.Lifecycle.StartReview(claim).AsT0;

        Assert.Equal(LifecycleScenario.Monday.AddDays(2), reviewed.History[^1].At);
    }

    [Fact]
    public void Transition_FullRoundTrip_HistoryListsEveryEventInOrder()
    {
        var scenario = new LifecycleScenario();
        var l = scenario.Lifecycle;
        var claim = scenario.PartnerActionRequired();
        claim = l.RecordPartnerResponse(claim).AsT0;
        claim = l.Reject(claim, RejectionReason.CompetingClaimLost).AsT0;
        claim = l.Dispute(claim).AsT0;
        claim = l.Approve(claim).AsT0;
        scenario.SetDate(new DateOnly(2020, 9, 20));
        claim = l.SendForIncentiveAssessment(claim).AsT0;

        Assert.Equal(
            ["Created", "ProofOfExecutionAttached", "Submitted", "ReviewStarted", "PartnerActionRequested", "PartnerResponded", "Rejected", "Disputed", "Approved", "SentForIncentiveAssessment"],
            claim.History.Select(e => e.Event.Name));
        Assert.Equal("C-1 Approved", claim.ToString());
    }

    [Fact]
    public void ReadmeExample_SubmitThenEditActivity_RefusedNotThrown()
    {
        // The README's "Lifecycle and clocks" example, with a fake clock in place of TimeProvider.System.
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2020, 12, 23, 9, 0, 0, TimeSpan.Zero));
        var options = LifecycleOptions.Default with
        {
            Calendar = new BusinessCalendar([new DateOnly(2020, 12, 25), new DateOnly(2021, 1, 1)]),
        };
        var lifecycle = new ClaimLifecycle(time, options);

        var claim = lifecycle.Start(ClaimId.Parse("C-1"));
        claim = lifecycle.AttachProofOfExecution(claim).AsT0;
        var submitted = lifecycle.Submit(claim).AsT0;
        var reviewStartDue = lifecycle.GetTimeline(submitted).Current!.DueOn;
        var edit = lifecycle.Edit(submitted, ClaimField.Activity);

        Assert.Equal(new DateOnly(2020, 12, 31), reviewStartDue);
        Assert.True(edit.IsT1);
    }

    [Fact]
    public void Restore_HistoryFromLifecycle_SameState()
    {
        var scenario = new LifecycleScenario();
        var claim = scenario.Lifecycle.RecordArbitrationWithCurrentOwner(scenario.UnderReview()).AsT0;
        claim = scenario.Lifecycle.Reject(claim, RejectionReason.CompetingClaimLost).AsT0;

        var restored = ClaimLifecycle.Restore(claim.Id, [.. claim.History]).AsT0;

        Assert.Equal(claim.History, restored.History);
        Assert.Equal(ClaimStatus.Rejected, restored.Status);
        Assert.Equal(RejectionReason.CompetingClaimLost, restored.RejectionReason);
        Assert.True(restored.HasProofOfExecution);
        Assert.True(restored.IsArbitratedWithCurrentOwner);
    }

    [Fact]
    public void Restore_ThenTransition_ContinuesTheHistory()
    {
        var scenario = new LifecycleScenario();
        var restored = ClaimLifecycle.Restore(LifecycleScenario.Id, scenario.Submitted().History).AsT0;

        Assert.Equal(ClaimStatus.UnderReview, scenario.Lifecycle.StartReview(restored).AsT0.Status);
    }

    public static TheoryData<string, int> InvalidHistories() => new()
    {
        { "empty", 0 },
        { "not created first", 0 },
        { "impossible event", 1 },
        { "wrong status", 1 },
        { "earlier time", 1 },
        { "submitted without proof", 1 },
        { "rejected without reason", 4 },
        { "reviewer rejection with automatic reason", 4 },
        { "reason on an edit", 1 },
        { "edit without field", 3 },
        { "edit of a field that never changes", 3 },
        { "field on another event", 1 },
        { "assessed twice", 6 },
    };

    [Theory]
    [MemberData(nameof(InvalidHistories))]
    public void Restore_InvalidHistory_RefusedAtFirstBadEntry(string problem, int index)
    {
        var t = LifecycleScenario.Monday;
        var created = new ClaimHistoryEntry(t, LifecycleEvent.Created, ClaimStatus.Editing);
        var proof = new ClaimHistoryEntry(t, LifecycleEvent.ProofOfExecutionAttached, ClaimStatus.Editing);
        var submitted = new ClaimHistoryEntry(t, LifecycleEvent.Submitted, ClaimStatus.Submitted);
        var review = new ClaimHistoryEntry(t, LifecycleEvent.ReviewStarted, ClaimStatus.UnderReview);
        var approved = new ClaimHistoryEntry(t, LifecycleEvent.Approved, ClaimStatus.Approved);
        var sent = new ClaimHistoryEntry(t.AddDays(9), LifecycleEvent.SentForIncentiveAssessment, ClaimStatus.Approved);
        ClaimHistoryEntry[] history = problem switch
        {
            "empty" => [],
            "not created first" => [proof],
            "impossible event" => [created, review],
            "wrong status" => [created, new ClaimHistoryEntry(t, LifecycleEvent.ProofOfExecutionAttached, ClaimStatus.Submitted)],
            "earlier time" => [created, new ClaimHistoryEntry(t.AddSeconds(-1), LifecycleEvent.ProofOfExecutionAttached, ClaimStatus.Editing)],
            "submitted without proof" => [created, submitted],
            "rejected without reason" => [created, proof, submitted, review, new ClaimHistoryEntry(t, LifecycleEvent.Rejected, ClaimStatus.Rejected)],
            "reviewer rejection with automatic reason" => [created, proof, submitted, review, new ClaimHistoryEntry(t, LifecycleEvent.Rejected, ClaimStatus.Rejected, RejectionReason.CustomerDeclined)],
            "reason on an edit" => [created, new ClaimHistoryEntry(t, LifecycleEvent.ProofOfExecutionAttached, ClaimStatus.Editing, RejectionReason.Reviewer)],
            "edit without field" => [created, proof, submitted, new ClaimHistoryEntry(t, LifecycleEvent.Edited, ClaimStatus.Submitted)],
            "edit of a field that never changes" => [created, proof, submitted, new ClaimHistoryEntry(t, LifecycleEvent.Edited, ClaimStatus.Submitted, field: ClaimField.TenantId)],
            "field on another event" => [created, new ClaimHistoryEntry(t, LifecycleEvent.ProofOfExecutionAttached, ClaimStatus.Editing, field: ClaimField.ProofOfExecution)],
            _ => [created, proof, submitted, review, approved, sent, sent],
        };

        var refusal = ClaimLifecycle.Restore(LifecycleScenario.Id, history).AsT1;

        Assert.Equal(index, refusal.Index);
        Assert.Equal(LifecycleScenario.Id, refusal.ClaimId);
        Assert.Contains(refusal.Problem, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_NullEntry_ThrowsNamingHistory()
    {
        ClaimHistoryEntry[] history = [new(LifecycleScenario.Monday, LifecycleEvent.Created, ClaimStatus.Editing), null!];

        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => ClaimLifecycle.Restore(LifecycleScenario.Id, history)).ParamName);
    }

    [Fact]
    public void Restore_DefaultId_ThrowsNamingId()
        => Assert.Equal("id", Assert.Throws<ArgumentException>(() => ClaimLifecycle.Restore(default, [])).ParamName);
}
