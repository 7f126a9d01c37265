namespace Cpor.Rules.Lifecycle;

/// <summary>
/// The lengths of a claim's clocks, the business-day calendar and the time zone in which days are counted.
/// The defaults follow the Partner Center pages of September 2020; each can be changed with an object initializer
/// or a <see langword="with"/> expression.
/// </summary>
/// <remarks>
/// A clock starts on the day (in <see cref="TimeZone"/>) of the event that starts it, counts from the next day, and
/// runs through the whole of its last day: a claim submitted on Monday 7 September 2020 with the default 5 business
/// days is due on Monday 14 September and overdue from Tuesday 15 September.
/// </remarks>
public sealed record LifecycleOptions
{
    /// <summary>The defaults, as described on each property.</summary>
    public static LifecycleOptions Default { get; } = new();

    /// <summary>Which days are business days. Default: <see cref="BusinessCalendar.WeekendsOnly"/> (no holidays).</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public BusinessCalendar Calendar
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Calendar));
    } = BusinessCalendar.WeekendsOnly;

    /// <summary>The time zone whose dates the clocks count. Default: <see cref="TimeZoneInfo.Utc"/>.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public TimeZoneInfo TimeZone
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(TimeZone));
    } = TimeZoneInfo.Utc;

    /// <summary>From submission to the start of the review. Default: 5 business days.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ClockSpan ReviewStartWithin
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(ReviewStartWithin));
    } = ClockSpan.BusinessDays(5);

    /// <summary>
    /// From the start of a review (or the partner's response) to the decision. Default: 5 business days. When
    /// arbitration with the current owner is involved the review is extended instead of becoming overdue.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ClockSpan ReviewWithin
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(ReviewWithin));
    } = ClockSpan.BusinessDays(5);

    /// <summary>From a request for more information to the partner's response; then the claim is rejected with <see cref="RejectionReason.NoPartnerResponse"/>. Default: 5 business days.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ClockSpan PartnerResponseWithin
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(PartnerResponseWithin));
    } = ClockSpan.BusinessDays(5);

    /// <summary>
    /// From approval to the end of the customer's opt-out window. Default: 7 calendar days (the manage page; the create
    /// page of the same period says 5 business days: set <c>ClockSpan.BusinessDays(5)</c> to follow it).
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ClockSpan ConsentWindow
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(ConsentWindow));
    } = ClockSpan.CalendarDays(7);

    /// <summary>From a rejection to the end of the partner's right to dispute it. Default: 30 calendar days.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ClockSpan DisputeWindow
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(DisputeWindow));
    } = ClockSpan.CalendarDays(30);

    /// <summary>From a dispute to the reviewers' answer. Default: 5 business days.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ClockSpan DisputeAnswerWithin
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(DisputeAnswerWithin));
    } = ClockSpan.BusinessDays(5);

    /// <summary>The length configured for <paramref name="kind"/>.</summary>
    internal ClockSpan SpanOf(ClockKind kind)
    {
        if (kind == ClockKind.ReviewStart)
        {
            return ReviewStartWithin;
        }

        if (kind == ClockKind.Review)
        {
            return ReviewWithin;
        }

        if (kind == ClockKind.PartnerResponse)
        {
            return PartnerResponseWithin;
        }

        if (kind == ClockKind.ConsentWindow)
        {
            return ConsentWindow;
        }

        return kind == ClockKind.DisputeWindow ? DisputeWindow : DisputeAnswerWithin;
    }

    /// <summary>The date of <paramref name="instant"/> in <see cref="TimeZone"/>.</summary>
    internal DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>The last day of a clock of kind <paramref name="kind"/> started at <paramref name="startedAt"/>.</summary>
    internal DateOnly LastDayOf(ClockKind kind, DateTimeOffset startedAt) => SpanOf(kind).LastDay(DateOf(startedAt), Calendar);
}
