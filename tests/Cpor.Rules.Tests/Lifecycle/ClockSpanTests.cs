using Cpor.Rules.Lifecycle;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cpor.Rules.Tests.Lifecycle;

public sealed class ClockSpanTests
{
    [Fact]
    public void BusinessDays_Five_DescribedAndComparedByValue()
    {
        var span = ClockSpan.BusinessDays(5);

        Assert.Equal(5, span.Days);
        Assert.True(span.IsBusinessDays);
        Assert.Equal(ClockSpan.BusinessDays(5), span);
        Assert.NotEqual(ClockSpan.CalendarDays(5), span);
        Assert.Equal("5 business days", span.ToString());
    }

    [Fact]
    public void CalendarDays_One_SingularDescription()
        => Assert.Equal("1 calendar day", ClockSpan.CalendarDays(1).ToString());

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Factories_AnyLength_AcceptOnlyPositive(int days)
    {
        var business = Accepts(() => ClockSpan.BusinessDays(days));
        var calendar = Accepts(() => ClockSpan.CalendarDays(days));
        return business == (days >= 1) && calendar == (days >= 1);
    }

    [Fact]
    public void CalendarDays_Zero_ThrowsNamingDays()
        => Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => ClockSpan.CalendarDays(0)).ParamName);

    private static bool Accepts(Func<ClockSpan> create)
    {
        try
        {
            return create().Days > 0;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    public static class Arbitraries
    {
        /// <summary>Lengths around the boundary (valid and invalid), plus the extremes.</summary>
        public static Arbitrary<int> Lengths()
            => Gen.Frequency(
                    (4, Gen.Choose(-5, 40)),
                    (1, Gen.Elements(int.MinValue, -1, 0, 1, int.MaxValue)))
                .ToArbitrary();
    }
}
