using System.Globalization;

namespace Cpor.Rules.Lifecycle;

/// <summary>
/// The length of a clock: a number of business days (see <see cref="BusinessCalendar"/>) or of calendar days,
/// counted from the day after the clock starts. A clock runs through the whole of its last day.
/// </summary>
public sealed record ClockSpan
{
    private ClockSpan(int days, bool isBusinessDays)
    {
        Days = days;
        IsBusinessDays = isBusinessDays;
    }

    /// <summary>How many days.</summary>
    public int Days { get; }

    /// <summary>Whether <see cref="Days"/> counts business days rather than calendar days.</summary>
    public bool IsBusinessDays { get; }

    /// <summary>A span of <paramref name="days"/> business days.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1.</exception>
    public static ClockSpan BusinessDays(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return new ClockSpan(days, isBusinessDays: true);
    }

    /// <summary>A span of <paramref name="days"/> calendar days.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1.</exception>
    public static ClockSpan CalendarDays(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return new ClockSpan(days, isBusinessDays: false);
    }

    /// <summary>For example <c>5 business days</c> or <c>30 calendar days</c>.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Days} {(IsBusinessDays ? "business" : "calendar")} day{(Days == 1 ? string.Empty : "s")}");

    /// <summary>The last day of a clock of this length that starts on <paramref name="start"/>.</summary>
    internal DateOnly LastDay(DateOnly start, BusinessCalendar calendar)
        => IsBusinessDays ? calendar.AddBusinessDays(start, Days) : start.AddDays(Days);
}
