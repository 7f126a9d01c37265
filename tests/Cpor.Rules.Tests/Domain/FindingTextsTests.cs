using System.Globalization;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class FindingTextsTests
{
    [Theory]
    [InlineData("ko", true)]
    [InlineData("ko-KR", true)]
    [InlineData("ko-KP", true)]
    [InlineData("en-US", false)]
    [InlineData("ja-JP", false)]
    [InlineData("kok-IN", false)]
    [InlineData("", false)]
    public void IsKorean_KoreanLanguageOnly(string culture, bool expected)
        => Assert.Equal(expected, FindingTexts.IsKorean(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void For_CustomCode_UsesItsOwnTexts()
    {
        var english = new FindingText("T", "M", "R");
        var korean = new FindingText("제목", "메시지", "조치");
        var code = FindingCode.Custom("Mine", 6000, "ACME-001", Severity.Advisory, english, korean);

        Assert.Same(english, FindingTexts.For(code, CultureInfo.InvariantCulture));
        Assert.Same(korean, FindingTexts.For(code, CultureInfo.GetCultureInfo("ko")));
    }
}
