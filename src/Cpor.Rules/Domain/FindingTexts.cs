using System.Collections.Frozen;
using System.Globalization;
using Cpor.Rules.Domain.Languages;

namespace Cpor.Rules.Domain;

/// <summary>
/// Picks the words of a finding code for a culture: Korean for any <c>ko</c> culture, English otherwise, and English
/// wherever the chosen language has no words for a code. Custom codes carry their own words.
/// </summary>
internal static class FindingTexts
{
    public static FindingText For(FindingCode code, CultureInfo culture)
    {
        var korean = Cultures.IsKorean(culture);
        if (!code.IsCatalogued)
        {
            return (korean ? code.CustomKorean : code.CustomEnglish)!;
        }

        return Catalogue(code.Name, korean ? KoreanFindingTexts.ByCodeName : EnglishFindingTexts.ByCodeName);
    }

    /// <summary>
    /// The words of the catalogue code named <paramref name="codeName"/> in <paramref name="language"/>, or in English
    /// where that language has none: a missing translation shows English rather than failing the decision.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">English has no words for <paramref name="codeName"/> (not a catalogue code).</exception>
    internal static FindingText Catalogue(string codeName, FrozenDictionary<string, FindingText> language)
        => language.GetValueOrDefault(codeName)
           ?? EnglishFindingTexts.ByCodeName.GetValueOrDefault(codeName)
           ?? throw new ArgumentOutOfRangeException(nameof(codeName), codeName, "No catalogue finding code has this name.");
}
