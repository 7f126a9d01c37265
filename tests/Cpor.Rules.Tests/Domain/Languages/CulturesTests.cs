using System.Globalization;
using Cpor.Rules.Domain.Languages;

namespace Cpor.Rules.Tests.Domain.Languages;

public sealed class CulturesTests
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
        => Assert.Equal(expected, Cultures.IsKorean(CultureInfo.GetCultureInfo(culture)));
}
