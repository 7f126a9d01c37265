using System.Globalization;

namespace Cpor.Rules.Domain.Languages;

/// <summary>
/// Which language a culture is worded in. One answer for the finding texts and the command-line tool's labels, so
/// that a table never pairs Korean labels with English findings.
/// </summary>
internal static class Cultures
{
    /// <summary>The two-letter ISO name of Korean.</summary>
    public const string KoreanLanguage = "ko";

    /// <summary>
    /// Whether <paramref name="culture"/> is Korean: any <c>ko</c> culture (<c>ko</c>, <c>ko-KR</c>, <c>ko-KP</c>);
    /// not Konkani (<c>kok</c>), whose name merely starts with the same letters.
    /// </summary>
    public static bool IsKorean(CultureInfo culture)
        => string.Equals(culture.TwoLetterISOLanguageName, KoreanLanguage, StringComparison.OrdinalIgnoreCase);
}
