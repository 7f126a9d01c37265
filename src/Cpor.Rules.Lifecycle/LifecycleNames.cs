using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Ardalis.SmartEnum;

namespace Cpor.Rules.Lifecycle;

/// <summary>
/// Contract names of the lifecycle's smart enums: exact spelling, and a <see cref="FormatException"/> that echoes the
/// value and lists the names expected, worded as the core package words its own. A small copy rather than the core's
/// internal helper: the two packages ship separately and share no internals.
/// </summary>
internal static class LifecycleNames
{
    /// <summary>The most characters of a value a message repeats (as in the core package).</summary>
    private const int MaxEcho = 64;

    public static TEnum Parse<TEnum>(string name)
        where TEnum : SmartEnum<TEnum, int>
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryParse<TEnum>(name, out var result) ? result : throw new FormatException(Describe<TEnum>(name));
    }

    public static bool TryParse<TEnum>(string? name, [NotNullWhen(true)] out TEnum? result)
        where TEnum : SmartEnum<TEnum, int>
    {
        result = null;
        return name is not null && SmartEnum<TEnum, int>.TryFromName(name, ignoreCase: false, out result);
    }

    /// <summary>The message for a name that is not one of <typeparamref name="TEnum"/>'s values.</summary>
    private static string Describe<TEnum>(string name)
        where TEnum : SmartEnum<TEnum, int>
    {
        var expected = string.Join(", ", SmartEnum<TEnum, int>.List.OrderBy(v => v.Value).Select(v => v.Name));
        var type = typeof(TEnum).Name;
        var article = "AEIOU".Contains(type[0], StringComparison.Ordinal) ? "an" : "a";
        return $"{Quote(name)} is not {article} {type}; expected one of: {expected}.";
    }

    /// <summary>
    /// The value in single quotes, cut at <see cref="MaxEcho"/> characters with <c>…</c> (never inside a surrogate
    /// pair), control characters and lone surrogates written as <c>\uXXXX</c>: a message never grows with the input
    /// and never carries terminal escape sequences.
    /// </summary>
    private static string Quote(string value)
    {
        var length = Math.Min(value.Length, MaxEcho);
        if (length < value.Length && char.IsHighSurrogate(value[length - 1]))
        {
            length--;
        }

        var text = new StringBuilder(length + 3).Append('\'');
        for (var i = 0; i < length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
            }
            else if (char.IsControl(c) || char.IsSurrogate(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                text.Append(c);
            }
        }

        return (length < value.Length ? text.Append('…') : text).Append('\'').ToString();
    }
}
