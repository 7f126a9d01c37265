using Cpor.Rules.Lifecycle;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cpor.Rules.Tests.Lifecycle;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar YearEndHolidays = new([D(2020, 12, 25), D(2021, 1, 1)]);

    [Theory]
    [InlineData("2020-09-05", false)] // Saturday
    [InlineData("2020-09-06", false)] // Sunday
    [InlineData("2020-09-07", true)] // Monday
    [InlineData("2020-09-11", true)] // Friday
    [InlineData("2020-12-25", false)] // Friday, holiday
    [InlineData("2020-12-24", true)] // Thursday
    public void IsBusinessDay_KnownDays_SkipsWeekendsAndHolidays(string date, bool expected)
        => Assert.Equal(expected, YearEndHolidays.IsBusinessDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2020-09-07", 5, "2020-09-14")] // Monday + 5 = next Monday
    [InlineData("2020-09-11", 1, "2020-09-14")] // Friday + 1 skips the weekend
    [InlineData("2020-09-12", 1, "2020-09-14")] // Saturday + 1: the first business day after it
    [InlineData("2020-09-12", 5, "2020-09-18")] // Saturday + 5 = Friday
    [InlineData("2020-09-13", 0, "2020-09-13")] // Sunday + 0 stays on the Sunday
    [InlineData("2020-09-30", 3, "2020-10-05")] // across a month end
    [InlineData("2020-02-28", 1, "2020-03-02")] // across a leap day (Saturday 29 February)
    [InlineData("2020-12-31", 1, "2021-01-01")] // across a year end, no holidays
    [InlineData("2020-09-07", 260, "2021-09-06")] // a year of weekdays
    public void AddBusinessDays_WeekendsOnly_LandsOnExpectedDay(string start, int n, string expected)
        => Assert.Equal(Parse(expected), BusinessCalendar.WeekendsOnly.AddBusinessDays(Parse(start), n));

    [Theory]
    [InlineData("2020-12-23", 5, "2020-12-31")] // Christmas Day skipped
    [InlineData("2020-12-31", 1, "2021-01-04")] // New Year's Day and the weekend skipped across the year end
    [InlineData("2020-12-24", 1, "2020-12-28")] // Friday holiday joins the weekend
    [InlineData("2020-12-25", 0, "2020-12-25")] // a holiday + 0 stays on the holiday
    [InlineData("2020-12-25", 1, "2020-12-28")] // a holiday is not counted as the start
    public void AddBusinessDays_WithHolidays_SkipsThem(string start, int n, string expected)
        => Assert.Equal(Parse(expected), YearEndHolidays.AddBusinessDays(Parse(start), n));

    [Fact]
    public void AddBusinessDays_HolidayOnWeekend_ChangesNothing()
    {
        var calendar = new BusinessCalendar([D(2020, 9, 12), D(2020, 9, 13)]);

        Assert.Equal(D(2020, 9, 14), calendar.AddBusinessDays(D(2020, 9, 7), 5));
        Assert.Equal(5, calendar.CountBusinessDays(D(2020, 9, 7), D(2020, 9, 14)));
    }

    [Fact]
    public void AddBusinessDays_WholeWeekOfHolidays_SkipsTheWeek()
    {
        var calendar = new BusinessCalendar(Enumerable.Range(14, 5).Select(day => D(2020, 9, day)));

        Assert.Equal(D(2020, 9, 21), calendar.AddBusinessDays(D(2020, 9, 11), 1));
        Assert.Equal(D(2020, 9, 25), calendar.AddBusinessDays(D(2020, 9, 11), 5));
    }

    [Fact]
    public void AddBusinessDays_NegativeDays_ThrowsNamingN()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendar.WeekendsOnly.AddBusinessDays(D(2020, 9, 7), -1));

        Assert.Equal("n", ex.ParamName);
    }

    [Fact]
    public void AddBusinessDays_PastLastRepresentableDate_ThrowsNamingN()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendar.WeekendsOnly.AddBusinessDays(DateOnly.MaxValue, 1));

        Assert.Equal("n", ex.ParamName);
    }

    [Fact]
    public void AddBusinessDays_HolidayPushesPastLastRepresentableDate_Throws()
    {
        // 9999-12-30 is a Thursday; with Friday 31 a holiday nothing representable is left.
        var calendar = new BusinessCalendar([DateOnly.MaxValue]);

        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddBusinessDays(D(9999, 12, 30), 1));
    }

    [Theory]
    [InlineData("2020-09-11", "2020-09-14", 1)] // Friday to Monday
    [InlineData("2020-09-07", "2020-09-14", 5)]
    [InlineData("2020-09-07", "2020-09-07", 0)]
    [InlineData("2020-09-12", "2020-09-13", 0)] // a weekend has none
    [InlineData("2020-09-14", "2020-09-07", -5)] // reversed: negated
    [InlineData("2020-12-23", "2021-01-04", 6)] // 24, 28, 29, 30, 31 December and 4 January
    public void CountBusinessDays_KnownRanges_CountsAfterFromThroughTo(string from, string to, int expected)
        => Assert.Equal(expected, YearEndHolidays.CountBusinessDays(Parse(from), Parse(to)));

    [Fact]
    public void Constructor_NullHolidays_ThrowsNamingHolidays()
        => Assert.Equal("holidays", Assert.Throws<ArgumentNullException>(() => new BusinessCalendar(null!)).ParamName);

    [Fact]
    public void Holidays_UnsortedWithDuplicates_AreSortedAndDistinct()
    {
        var calendar = new BusinessCalendar([D(2021, 1, 1), D(2020, 12, 25), D(2021, 1, 1), D(2020, 12, 26)]);

        Assert.Equal([D(2020, 12, 25), D(2020, 12, 26), D(2021, 1, 1)], calendar.Holidays);
    }

    [Fact]
    public void Holidays_SourceChangedAfterConstruction_CalendarUnchanged()
    {
        var source = new List<DateOnly> { D(2020, 12, 25) };
        var calendar = new BusinessCalendar(source);

        source.Add(D(2020, 12, 24));

        Assert.True(calendar.IsBusinessDay(D(2020, 12, 24)));
    }

    // 500 cases rather than 100: each case draws its own holiday set, and clustered holidays next to weekends and
    // month ends are the interesting ones; the checks are microseconds each.
    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
    public bool AddBusinessDays_AtLeastOneDay_LandsOnBusinessDay(CalendarCase c)
        => c.N < 1 || c.Calendar.IsBusinessDay(c.Calendar.AddBusinessDays(c.Start, c.N));

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
    public bool AddBusinessDays_MoreDays_StrictlyLater(CalendarCase c)
        => c.Calendar.AddBusinessDays(c.Start, c.N) < c.Calendar.AddBusinessDays(c.Start, c.N + 1);

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
    public bool CountBusinessDays_OfAddBusinessDays_IsN(CalendarCase c)
        => c.Calendar.CountBusinessDays(c.Start, c.Calendar.AddBusinessDays(c.Start, c.N)) == c.N;

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
    public bool AddBusinessDays_AnyCase_MatchesDayByDayCount(CalendarCase c)
        => c.Calendar.AddBusinessDays(c.Start, c.N) == NaiveAdd(c.Calendar, c.Start, c.N);

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
    public bool CountBusinessDays_AnyRange_MatchesDayByDayCountAndIsAntisymmetric(CalendarCase c)
    {
        var to = DateOnly.FromDayNumber(Math.Max(0, c.Start.DayNumber + c.N - 20));
        var count = c.Calendar.CountBusinessDays(c.Start, to);
        return count == NaiveCount(c.Calendar, c.Start, to) && count == -c.Calendar.CountBusinessDays(to, c.Start);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool AddBusinessDays_NegativeN_Throws(CalendarCase c)
    {
        try
        {
            c.Calendar.AddBusinessDays(c.Start, -1 - c.N);
            return false;
        }
        catch (ArgumentOutOfRangeException ex)
        {
            return ex.ParamName == "n";
        }
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static DateOnly Parse(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    // The reference the fast arithmetic is checked against: walk one day at a time.
    private static DateOnly NaiveAdd(BusinessCalendar calendar, DateOnly start, int n)
    {
        var day = start;
        for (var left = n; left > 0;)
        {
            day = day.AddDays(1);
            if (calendar.IsBusinessDay(day))
            {
                left--;
            }
        }

        return day;
    }

    private static int NaiveCount(BusinessCalendar calendar, DateOnly from, DateOnly to)
    {
        var sign = to < from ? -1 : 1;
        var (low, high) = to < from ? (to, from) : (from, to);
        var count = 0;
        for (var day = low.AddDays(1); day <= high; day = day.AddDays(1))
        {
            count += calendar.IsBusinessDay(day) ? 1 : 0;
        }

        return sign * count;
    }

    /// <summary>A start date, a number of days (0 to 40) and a holiday set clustered around the start.</summary>
    public sealed record CalendarCase(DateOnly Start, int N, BusinessCalendar Calendar)
    {
        public override string ToString()
            => $"Start={Start:yyyy-MM-dd} ({Start.DayOfWeek}) N={N} Holidays=[{string.Join(", ", Calendar.Holidays.Select(h => h.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}]";
    }

    public static class Arbitraries
    {
        public static Arbitrary<CalendarCase> CalendarCases()
            => (from start in Dates()
                from n in Gen.Choose(0, 40)
                from holidays in Holidays(start)
                select new CalendarCase(start, n, new BusinessCalendar(holidays)))
               .ToArbitrary();

        /// <summary>Dates around 2020 (including month and year ends), and near both ends of the representable range.</summary>
        private static Gen<DateOnly> Dates()
            => Gen.Frequency(
                (8, Gen.Choose(new DateOnly(2019, 1, 1).DayNumber, new DateOnly(2031, 12, 31).DayNumber).Select(DateOnly.FromDayNumber)),
                (1, Gen.Elements(new DateOnly(2020, 12, 24), new DateOnly(2020, 12, 31), new DateOnly(2021, 2, 26), new DateOnly(2020, 2, 28))),
                (1, Gen.Choose(0, 60).Select(DateOnly.FromDayNumber)));

        /// <summary>No holidays, a few, or many (whole weeks off), from a week before the start to ten weeks after.</summary>
        private static Gen<DateOnly[]> Holidays(DateOnly start)
            => Gen.Frequency(
                (1, Gen.Constant(Array.Empty<DateOnly>())),
                (3, Gen.ListOf(Gen.Choose(-7, 70)).Select(offsets => Offsets(start, offsets))),
                (1, Gen.ListOf(Gen.Choose(0, 30)).Select(offsets => Offsets(start, [.. offsets, .. offsets.Select(o => o + 1), .. offsets.Select(o => o + 2)]))));

        private static DateOnly[] Offsets(DateOnly start, IEnumerable<int> offsets)
            => [.. offsets.Select(o => start.DayNumber + o).Where(d => d >= 0).Select(DateOnly.FromDayNumber)];
    }
}
