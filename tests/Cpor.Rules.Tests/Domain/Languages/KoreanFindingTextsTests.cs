using Cpor.Rules.Domain;
using Cpor.Rules.Domain.Languages;

namespace Cpor.Rules.Tests.Domain.Languages;

public sealed class KoreanFindingTextsTests : FindingLanguageTests
{
    private protected override IReadOnlyDictionary<string, FindingText> Texts => KoreanFindingTexts.ByCodeName;

    private protected override string TermOf((string English, string Korean) terms) => terms.Korean;

    [Fact]
    public void Texts_TenantNotFoundAndDomainTenantMismatch_AreNotSwapped()
    {
        // The swap that once passed every test: each title names its own subject.
        Assert.Contains("테넌트를 찾을 수 없음", KoreanFindingTexts.ByCodeName[nameof(FindingCode.TenantNotFound)].Title, StringComparison.Ordinal);
        Assert.Contains("도메인", KoreanFindingTexts.ByCodeName[nameof(FindingCode.DomainTenantMismatch)].Title, StringComparison.Ordinal);
    }
}
