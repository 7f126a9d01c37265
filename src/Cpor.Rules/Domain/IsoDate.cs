using System.Globalization;

namespace Cpor.Rules.Domain;

/// <summary>
/// Calendar dates as the contract writes them, <c>yyyy-MM-dd</c>: one reading for every date the library and the
/// command-line tool accept, and one writing for every date they show, so that what one writes the other reads.
/// </summary>
internal static class IsoDate
{
    /// <summary>The form, as messages name it.</summary>
    public const string Pattern = "yyyy-MM-dd";

    /// <summary>
    /// Reads a date in exactly the form <see cref="Pattern"/>: no surrounding white space, Gregorian calendar whatever
    /// the current culture, and no impossible day (2020-02-30).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
        => DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Writes <paramref name="date"/> in the form <see cref="Pattern"/>, Gregorian whatever the current culture.</summary>
    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);
}
