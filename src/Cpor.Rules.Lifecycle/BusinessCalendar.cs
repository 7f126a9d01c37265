namespace Cpor.Rules.Lifecycle;

/// <summary>
/// Which days count as business days: every Monday to Friday that is not one of the consumer's holidays. Saturdays
/// and Sundays never count. The library ships no holiday list: the holidays that apply to a review team are the
/// consumer's to supply. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// Counting convention: the start date itself is never counted. <see cref="AddBusinessDays"/> with <c>n</c> of at
/// least 1 returns the <c>n</c>-th business day after the start date, whatever kind of day the start is (a claim
/// submitted on a Saturday with 5 business days to go is due on the following Friday); adding 0 returns the start
/// date unchanged, even when that is a weekend day or a holiday. <see cref="CountBusinessDays"/> counts the business
/// days after <c>from</c> up to and including <c>to</c>, so that it is the inverse of <see cref="AddBusinessDays"/>.
/// </remarks>
public sealed class BusinessCalendar
{
    // Holidays that fall on a weekday, sorted and distinct: weekend holidays change nothing, so they are dropped
    // and the arithmetic only has to subtract these.
    private readonly int[] _weekdayHolidays;
    private readonly DateOnly[] _holidays;

    /// <summary>Creates a calendar with the given holidays (in any order; duplicates are ignored).</summary>
    /// <param name="holidays">The days off besides Saturdays and Sundays.</param>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> is <see langword="null"/>.</exception>
    public BusinessCalendar(IEnumerable<DateOnly> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        _holidays = [.. holidays.Distinct().Order()];
        _weekdayHolidays = [.. _holidays.Where(d => Weekdays.IsWeekday(d.DayNumber)).Select(d => d.DayNumber)];
    }

    /// <summary>A calendar without holidays: Monday to Friday are business days.</summary>
    public static BusinessCalendar WeekendsOnly { get; } = new([]);

    /// <summary>The holidays given, sorted and without duplicates (including any that fall on a weekend).</summary>
    public IReadOnlyList<DateOnly> Holidays => _holidays;

    /// <summary>Whether <paramref name="date"/> is a business day: a Monday to Friday that is not a holiday.</summary>
    public bool IsBusinessDay(DateOnly date)
        => Weekdays.IsWeekday(date.DayNumber) && Array.BinarySearch(_weekdayHolidays, date.DayNumber) < 0;

    /// <summary>
    /// The <paramref name="n"/>-th business day after <paramref name="date"/>; <paramref name="date"/> itself when
    /// <paramref name="n"/> is 0 (even if it is not a business day: adding nothing moves nothing).
    /// </summary>
    /// <param name="date">The start date; it is not counted.</param>
    /// <param name="n">How many business days to add; 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative, or the result would be after <see cref="DateOnly.MaxValue"/>.</exception>
    public DateOnly AddBusinessDays(DateOnly date, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (n == 0)
        {
            return date;
        }

        // Jump over weekends arithmetically, then push the end past the holidays that the jump crossed; repeat
        // for holidays crossed by the push. Each round only looks at holidays not seen before, so it ends.
        var start = date.DayNumber;
        var end = Weekdays.AddWeekdays(start, n, nameof(n));
        var crossed = HolidaysIn(start, end);
        while (crossed > 0)
        {
            var previousEnd = end;
            end = Weekdays.AddWeekdays(previousEnd, crossed, nameof(n));
            crossed = HolidaysIn(previousEnd, end);
        }

        return DateOnly.FromDayNumber(end);
    }

    /// <summary>
    /// The number of business days after <paramref name="from"/> up to and including <paramref name="to"/>; negative
    /// (the count from <paramref name="to"/> to <paramref name="from"/>, negated) when <paramref name="to"/> is
    /// earlier. <c>CountBusinessDays(d, AddBusinessDays(d, n)) == n</c> for every <c>n</c> of 0 or more.
    /// </summary>
    public int CountBusinessDays(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -CountBusinessDays(to, from);
        }

        return Weekdays.CountWeekdays(from.DayNumber, to.DayNumber) - HolidaysIn(from.DayNumber, to.DayNumber);
    }

    /// <summary>Weekday holidays after day <paramref name="after"/> up to and including day <paramref name="through"/>.</summary>
    private int HolidaysIn(int after, int through) => FirstAbove(through) - FirstAbove(after);

    /// <summary>The index of the first weekday holiday after <paramref name="dayNumber"/>.</summary>
    private int FirstAbove(int dayNumber)
    {
        var index = Array.BinarySearch(_weekdayHolidays, dayNumber);
        return index >= 0 ? index + 1 : ~index;
    }
}
