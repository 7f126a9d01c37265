namespace Cpor.Rules.Lifecycle;

/// <summary>
/// Weekday arithmetic on day numbers (<see cref="DateOnly.DayNumber"/>), in constant time. Day 0, 1 January 0001,
/// is a Monday, so a day's place in its week is its number modulo 7 (0 = Monday ... 6 = Sunday).
/// </summary>
internal static class Weekdays
{
    private static readonly long MaxDayNumber = DateOnly.MaxValue.DayNumber;

    public static bool IsWeekday(int dayNumber) => dayNumber % 7 < 5;

    /// <summary>Weekdays after day <paramref name="after"/> up to and including day <paramref name="through"/> (<paramref name="after"/> ≤ <paramref name="through"/>).</summary>
    public static int CountWeekdays(int after, int through) => (int)(UpTo(through) - UpTo(after));

    /// <summary>The <paramref name="n"/>-th weekday after day <paramref name="start"/> (<paramref name="n"/> ≥ 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The result would be after <see cref="DateOnly.MaxValue"/>; reported against <paramref name="paramName"/>.</exception>
    public static int AddWeekdays(int start, long n, string paramName)
    {
        // The weekday whose running count (UpTo) equals the target: whole weeks of 5 weekdays, then the remainder.
        var index = UpTo(start) + n - 1;
        var dayNumber = (index / 5 * 7) + (index % 5);
        if (dayNumber > MaxDayNumber)
        {
            throw new ArgumentOutOfRangeException(paramName, n, "The result would be after the last representable date.");
        }

        return (int)dayNumber;
    }

    /// <summary>Weekdays from day 0 up to and including day <paramref name="dayNumber"/>.</summary>
    private static long UpTo(int dayNumber) => (dayNumber / 7 * 5L) + Math.Min((dayNumber % 7) + 1, 5);
}
