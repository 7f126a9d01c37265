using System.Collections.Frozen;
using System.Globalization;
using Cpor.Rules.Domain;
using Cpor.Rules.Domain.Languages;

namespace Cpor.Rules.Tests.Domain;

public sealed class FindingTextsTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("")]
    [InlineData("ja-JP")]
    [InlineData("fr-FR")]
    [InlineData("kok-IN")]
    public void For_CultureWithoutTranslation_IsEnglish(string culture)
        => Assert.All(FindingCode.List, code => Assert.Same(EnglishFindingTexts.ByCodeName[code.Name], FindingTexts.For(code, CultureInfo.GetCultureInfo(culture))));

    [Theory]
    [InlineData("ko")]
    [InlineData("ko-KR")]
    public void For_KoreanCulture_IsKorean(string culture)
        => Assert.All(FindingCode.List, code => Assert.Same(KoreanFindingTexts.ByCodeName[code.Name], FindingTexts.For(code, CultureInfo.GetCultureInfo(culture))));

    [Fact]
    public void Catalogue_LanguageWithoutTheCode_FallsBackToEnglish()
        => Assert.Same(
            EnglishFindingTexts.ByCodeName[nameof(FindingCode.TenantNotFound)],
            FindingTexts.Catalogue(nameof(FindingCode.TenantNotFound), FrozenDictionary<string, FindingText>.Empty));

    [Fact]
    public void Catalogue_NotACodeName_ThrowsArgumentOutOfRange()
        => Assert.Equal("codeName", Assert.Throws<ArgumentOutOfRangeException>(() => FindingTexts.Catalogue("NoSuchCode", KoreanFindingTexts.ByCodeName)).ParamName);

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
