using System.Globalization;
using System.Text;

namespace Cpor.Rules.Domain;

/// <summary>
/// How a value given by the caller is echoed in a message: cut at <see cref="MaxLength"/> characters with <c>…</c>,
/// control characters and lone surrogates written as <c>\uXXXX</c>, so that a message never grows with the input and
/// never carries terminal escape sequences.
/// </summary>
internal static class EchoText
{
    /// <summary>The most characters of a value a message repeats.</summary>
    public const int MaxLength = 64;

    /// <summary>The value, cut at <paramref name="max"/> characters and escaped (line ends, CR and LF, too unless <paramref name="keepLineEnds"/>).</summary>
    public static string Of(string value, int max = MaxLength, bool keepLineEnds = false)
    {
        var cut = value.Length > max;
        var length = cut ? max : value.Length;
        if (cut && char.IsHighSurrogate(value[length - 1]))
        {
            length--;
        }

        var span = value.AsSpan(0, length);
        if (!NeedsEscape(span, keepLineEnds))
        {
            return cut ? string.Concat(span, "…") : value;
        }

        var text = new StringBuilder(length + 16);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                text.Append(c).Append(span[++i]);
            }
            else if ((IsControl(c) && !(keepLineEnds && IsLineEnd(c))) || char.IsSurrogate(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                text.Append(c);
            }
        }

        return cut ? text.Append('…').ToString() : text.ToString();
    }

    /// <summary>The value in single quotes, cut and escaped; <c>null</c> for none.</summary>
    public static string Quote(string? value) => value is null ? "null" : $"'{Of(value)}'";

    /// <summary>Whether the text holds a C0 or C1 control character or DEL (every character <see cref="char.IsControl(char)"/> reports).</summary>
    public static bool HasControl(ReadOnlySpan<char> text)
        => text.ContainsAnyInRange('\0', '\u001f') || text.ContainsAnyInRange('\u007f', '\u009f');

    private static bool IsLineEnd(char c) => c is '\n' or '\r';

    private static bool IsControl(char c) => c is <= '\u001f' or (>= '\u007f' and <= '\u009f');

    private static bool NeedsEscape(ReadOnlySpan<char> text, bool keepLineEnds)
        => (keepLineEnds ? HasControlBesidesLineEnds(text) : HasControl(text)) || text.ContainsAnyInRange('\ud800', '\udfff');

    private static bool HasControlBesidesLineEnds(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsControl(c) && !IsLineEnd(c))
            {
                return true;
            }
        }

        return false;
    }
}
