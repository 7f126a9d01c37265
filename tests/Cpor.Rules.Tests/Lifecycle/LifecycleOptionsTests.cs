using Cpor.Rules.Lifecycle;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cpor.Rules.Tests.Lifecycle;

public sealed class LifecycleOptionsTests
{
    [Fact]
    public void Default_ClockLengths_AsDocumented()
    {
        var options = LifecycleOptions.Default;

        Assert.Equal(ClockSpan.BusinessDays(5), options.ReviewStartWithin);
        Assert.Equal(ClockSpan.BusinessDays(5), options.ReviewWithin);
        Assert.Equal(ClockSpan.BusinessDays(5), options.PartnerResponseWithin);
        Assert.Equal(ClockSpan.CalendarDays(7), options.ConsentWindow);
        Assert.Equal(ClockSpan.CalendarDays(30), options.DisputeWindow);
        Assert.Equal(ClockSpan.BusinessDays(5), options.DisputeAnswerWithin);
        Assert.Same(BusinessCalendar.WeekendsOnly, options.Calendar);
        Assert.Same(TimeZoneInfo.Utc, options.TimeZone);
    }

    public static TheoryData<string> SettableProperties() =>
        ["Calendar", "TimeZone", "ReviewStartWithin", "ReviewWithin", "PartnerResponseWithin", "ConsentWindow", "DisputeWindow", "DisputeAnswerWithin"];

    [Theory]
    [MemberData(nameof(SettableProperties))]
    public void Init_Null_ThrowsNamingTheProperty(string property)
    {
        Action set = property switch
        {
            "Calendar" => () => _ = new LifecycleOptions { Calendar = null! },
            "TimeZone" => () => _ = new LifecycleOptions { TimeZone = null! },
            "ReviewStartWithin" => () => _ = new LifecycleOptions { ReviewStartWithin = null! },
            "ReviewWithin" => () => _ = new LifecycleOptions { ReviewWithin = null! },
            "PartnerResponseWithin" => () => _ = new LifecycleOptions { PartnerResponseWithin = null! },
            "ConsentWindow" => () => _ = new LifecycleOptions { ConsentWindow = null! },
            "DisputeWindow" => () => _ = new LifecycleOptions { DisputeWindow = null! },
            _ => () => _ = LifecycleOptions.Default with { DisputeAnswerWithin = null! },
        };

        Assert.Equal(property, Assert.Throws<ArgumentNullException>(set).ParamName);
    }

    [Fact]
    public void SpanOf_EachClock_ReturnsItsOwnSetting()
    {
        var options = new LifecycleOptions
        {
            ReviewStartWithin = ClockSpan.BusinessDays(1),
            ReviewWithin = ClockSpan.BusinessDays(2),
            PartnerResponseWithin = ClockSpan.BusinessDays(3),
            ConsentWindow = ClockSpan.BusinessDays(4),
            DisputeWindow = ClockSpan.CalendarDays(31),
            DisputeAnswerWithin = ClockSpan.BusinessDays(6),
        };

        Assert.Equal([1, 2, 3, 4, 31, 6], ClockKind.List.OrderBy(k => k.Value).Select(k => options.SpanOf(k).Days));
    }

    [Theory]
    [InlineData("2020-09-07T09:00:00Z", "ConsentWindow", "2020-09-14")]
    [InlineData("2020-09-25T09:00:00Z", "ConsentWindow", "2020-10-02")] // month end
    [InlineData("2020-12-28T09:00:00Z", "ConsentWindow", "2021-01-04")] // year end
    [InlineData("2020-12-15T09:00:00Z", "DisputeWindow", "2021-01-14")] // year end
    [InlineData("2021-01-30T09:00:00Z", "DisputeWindow", "2021-03-01")] // February
    [InlineData("2020-12-24T09:00:00Z", "PartnerResponse", "2021-01-04")] // holidays 25 December and 1 January
    [InlineData("2020-12-31T23:59:59Z", "Review", "2021-01-08")] // last second of the year, New Year's Day off
    public void LastDayOf_AcrossMonthAndYearEnds_AsExpected(string startedAt, string kind, string expected)
    {
        var options = LifecycleOptions.Default with { Calendar = new BusinessCalendar([new DateOnly(2020, 12, 25), new DateOnly(2021, 1, 1)]) };

        var lastDay = options.LastDayOf(ClockKind.FromName(kind), DateTimeOffset.Parse(startedAt, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), lastDay);
    }

    // 300 cases: every case draws a calendar, a time zone, clock lengths and an instant, and checks all six clocks.
    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool LastDayOf_BusinessDayClock_NeverOnWeekendOrHoliday(ClockCase c)
        => ClockKind.List
            .Where(k => c.Options.SpanOf(k).IsBusinessDays)
            .All(k => c.Options.Calendar.IsBusinessDay(c.Options.LastDayOf(k, c.StartedAt)));

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool LastDayOf_AnyClock_CountsItsSpanFromTheLocalStartDate(ClockCase c)
        => ClockKind.List.All(k =>
        {
            var span = c.Options.SpanOf(k);
            var start = c.Options.DateOf(c.StartedAt);
            var last = c.Options.LastDayOf(k, c.StartedAt);
            return span.IsBusinessDays
                ? c.Options.Calendar.CountBusinessDays(start, last) == span.Days
                : last.DayNumber - start.DayNumber == span.Days;
        });

    /// <summary>Options with random holidays, time zone and clock lengths, and an instant at which a clock starts.</summary>
    public sealed record ClockCase(LifecycleOptions Options, DateTimeOffset StartedAt)
    {
        public override string ToString()
            => $"StartedAt={StartedAt:O} Zone={Options.TimeZone.BaseUtcOffset} Spans=[{string.Join(", ", ClockKind.List.Select(k => Options.SpanOf(k)))}] Holidays={Options.Calendar.Holidays.Count}";
    }

    public static class Arbitraries
    {
        public static Arbitrary<ClockCase> ClockCases()
            => (from minutes in Gen.Choose(0, 12 * 366 * 24 * 60)
                from offsetHours in Gen.Choose(-12, 14)
                from spans in Gen.ArrayOf(Spans(), 6)
                from holidayOffsets in Gen.ListOf(Gen.Choose(-3, 60))
                let startedAt = new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutes)
                let zone = TimeZoneInfo.CreateCustomTimeZone($"Test{offsetHours:+00;-00}", TimeSpan.FromHours(offsetHours), "Test", "Test")
                let startDate = DateOnly.FromDateTime(startedAt.UtcDateTime)
                select new ClockCase(
                    new LifecycleOptions
                    {
                        TimeZone = zone,
                        Calendar = new BusinessCalendar(holidayOffsets.Select(o => startDate.AddDays(o))),
                        ReviewStartWithin = spans[0],
                        ReviewWithin = spans[1],
                        PartnerResponseWithin = spans[2],
                        ConsentWindow = spans[3],
                        DisputeWindow = spans[4],
                        DisputeAnswerWithin = spans[5],
                    },
                    startedAt))
               .ToArbitrary();

        private static Gen<ClockSpan> Spans()
            => Gen.Frequency(
                (3, Gen.Choose(1, 15).Select(ClockSpan.BusinessDays)),
                (1, Gen.Choose(1, 45).Select(ClockSpan.CalendarDays)));
    }
}
