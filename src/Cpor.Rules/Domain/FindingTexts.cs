using System.Globalization;

namespace Cpor.Rules.Domain;

/// <summary>Picks the words of a finding code for a culture: Korean for any <c>ko</c> culture, English otherwise.</summary>
internal static class FindingTexts
{
    public static bool IsKorean(CultureInfo culture)
        => string.Equals(culture.TwoLetterISOLanguageName, "ko", StringComparison.OrdinalIgnoreCase);

    public static FindingText For(FindingCode code, CultureInfo culture)
    {
        var korean = IsKorean(culture);
        if (!code.IsCatalogued)
        {
            return (korean ? code.CustomKorean : code.CustomEnglish)!;
        }

        return korean ? FindingCatalogueText.Korean(code.Value) : FindingCatalogueText.English(code.Value);
    }
}
