using System.Globalization;
using System.Text.RegularExpressions;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

/// <summary>
/// The English and Korean words of every catalogue code, checked through <see cref="Finding.Text"/> so that the
/// checks hold whatever way the catalogue is stored.
/// </summary>
public sealed partial class FindingCatalogueTextTests
{
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo KoreanCulture = CultureInfo.GetCultureInfo("ko-KR");

    public static TheoryData<string> Codes => new(FindingCode.List.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Codes))]
    public void Text_English_TitleMessageAndRemediationAreEnglish(string code)
    {
        var text = TextOf(code, EnglishCulture);

        Assert.All(Parts(text), part =>
        {
            Assert.False(string.IsNullOrWhiteSpace(part));
            Assert.DoesNotMatch(Hangul(), part);
            Assert.Matches(Latin(), part);
        });
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Text_Korean_TitleMessageAndRemediationAreKorean(string code)
    {
        var text = TextOf(code, KoreanCulture);

        Assert.All(Parts(text), part =>
        {
            Assert.False(string.IsNullOrWhiteSpace(part));
            Assert.Matches(Hangul(), part);
        });
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Text_KoreanAndEnglish_DifferInEveryPart(string code)
    {
        var english = TextOf(code, EnglishCulture);
        var korean = TextOf(code, KoreanCulture);

        Assert.NotEqual(english.Title, korean.Title);
        Assert.NotEqual(english.Message, korean.Message);
        Assert.NotEqual(english.Remediation, korean.Remediation);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Text_Message_HasNoPlaceholder(string code)
    {
        // The detail is appended by Finding.Text; a placeholder such as {0} in the text would be shown as it is.
        Assert.DoesNotContain("{0}", TextOf(code, EnglishCulture).Message, StringComparison.Ordinal);
        Assert.DoesNotContain("{0}", TextOf(code, KoreanCulture).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_Titles_AreDistinctInEachLanguage()
    {
        Assert.Equal(FindingCode.List.Count, FindingCode.List.Select(c => TextOf(c.Name, EnglishCulture).Title).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(FindingCode.List.Count, FindingCode.List.Select(c => TextOf(c.Name, KoreanCulture).Title).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("ko-KR")]
    public void Text_AnyKoreanCulture_IsTheSameKoreanText(string culture)
        => Assert.All(FindingCode.List, code => Assert.Equal(TextOf(code.Name, KoreanCulture), TextOf(code.Name, CultureInfo.GetCultureInfo(culture))));

    [Fact]
    public void Text_InvariantCulture_IsTheEnglishText()
        => Assert.All(FindingCode.List, code => Assert.Equal(TextOf(code.Name, EnglishCulture), TextOf(code.Name, CultureInfo.InvariantCulture)));

    private static FindingText TextOf(string code, CultureInfo culture)
        => new Finding(FindingCode.Parse(code), Samples.NewClaim()).Text(culture);

    private static string[] Parts(FindingText text) => [text.Title, text.Message, text.Remediation];

    [GeneratedRegex("[\uAC00-\uD7A3]")]
    private static partial Regex Hangul();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();
}
