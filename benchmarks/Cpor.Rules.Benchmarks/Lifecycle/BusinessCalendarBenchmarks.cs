using BenchmarkDotNet.Attributes;
using Cpor.Rules.Lifecycle;

namespace Cpor.Rules.Benchmarks.Lifecycle;

/// <summary>
/// The business-day arithmetic is meant to be constant in the number of days added (weeks are jumped, holidays are
/// found by binary search): 5 days and 1000 days should cost about the same.
/// </summary>
[MemoryDiagnoser]
public class BusinessCalendarBenchmarks
{
    private static readonly DateOnly Start = new(2020, 9, 7);
    private BusinessCalendar _calendar = null!;

    /// <summary>How many business days to add: a typical clock, and several years.</summary>
    [Params(5, 1000)]
    public int Days { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Ten holidays a year for five years: a realistic consumer calendar.
        _calendar = new BusinessCalendar(
            Enumerable.Range(0, 5).SelectMany(y => Enumerable.Range(0, 10).Select(i => new DateOnly(2020 + y, 1 + i, 1 + (i * 2)))));
    }

    [Benchmark]
    public DateOnly AddBusinessDays() => _calendar.AddBusinessDays(Start, Days);

    [Benchmark]
    public int CountBusinessDays() => _calendar.CountBusinessDays(Start, Start.AddDays(Days));
}
