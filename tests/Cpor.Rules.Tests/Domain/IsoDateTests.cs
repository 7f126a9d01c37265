using System.Globalization;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class IsoDateTests
{
    [Theory]
    [InlineData("2020-02-29", 2020, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void TryParse_ContractForm_ReadsTheDate(string text, int year, int month, int day)
    {
        Assert.True(IsoDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2020-02-30")]
    [InlineData("2021-02-29")]
    [InlineData(" 2020-01-01")]
    [InlineData("2020-01-01 ")]
    [InlineData("2020-1-1")]
    [InlineData("2020/01/01")]
    [InlineData("01/10/2020")]
    [InlineData("2020-01-01T00:00:00")]
    [InlineData("")]
    public void TryParse_AnyOtherForm_Fails(string text)
        => Assert.False(IsoDate.TryParse(text, out _));

    [Fact]
    public void FormatAndTryParse_UnderANonGregorianCulture_StayGregorian()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // th-TH counts years in the Buddhist era: 2020 would read as 2563 if the current culture leaked in.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("th-TH");

            Assert.Equal("2020-10-01", IsoDate.Format(new DateOnly(2020, 10, 1)));
            Assert.True(IsoDate.TryParse("2020-10-01", out var date));
            Assert.Equal(new DateOnly(2020, 10, 1), date);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Format_PadsYearMonthAndDay()
        => Assert.Equal("0001-02-03", IsoDate.Format(new DateOnly(1, 2, 3)));
}
