using System.Globalization;
using System.Text;

namespace Cpor.Rules.Cli;

/// <summary>
/// Makes text from the input safe and bounded for a terminal: control characters (and lone surrogates) are written as
/// <c>\uXXXX</c> so that no escape sequence reaches the terminal, and a value longer than a cell is cut with <c>…</c>.
/// </summary>
internal static class TerminalText
{
    /// <summary>The most characters of an input value a table cell shows.</summary>
    public const int MaxValue = 64;

    /// <summary>The most characters of a message (catalogue text and its detail) a table cell shows.</summary>
    public const int MaxMessage = 400;

    /// <summary>The text with control characters escaped, except line ends when <paramref name="keepLineEnds"/>; cut at <paramref name="max"/> characters.</summary>
    public static string Safe(string text, int max = int.MaxValue, bool keepLineEnds = false)
    {
        var cut = text.Length > max;
        var length = cut ? max : text.Length;
        if (cut && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        var span = text.AsSpan(0, length);
        var escape = false;
        foreach (var c in span)
        {
            if (NeedsEscape(c, keepLineEnds))
            {
                escape = true;
                break;
            }
        }

        if (!escape)
        {
            return cut ? string.Concat(span, "…") : text;
        }

        var safe = new StringBuilder(length + 16);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                safe.Append(c).Append(span[++i]);
            }
            else if (NeedsEscape(c, keepLineEnds))
            {
                safe.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                safe.Append(c);
            }
        }

        return cut ? safe.Append('…').ToString() : safe.ToString();
    }

    private static bool NeedsEscape(char c, bool keepLineEnds)
        => (char.IsControl(c) && !(keepLineEnds && c == '\n')) || char.IsSurrogate(c);
}
