using Cpor.Rules.Domain;
using Cpor.Rules.Domain.Languages;

namespace Cpor.Rules.Tests.Domain.Languages;

public sealed class EnglishFindingTextsTests : FindingLanguageTests
{
    private protected override IReadOnlyDictionary<string, FindingText> Texts => EnglishFindingTexts.ByCodeName;

    private protected override string TermOf((string English, string Korean) terms) => terms.English;
}
