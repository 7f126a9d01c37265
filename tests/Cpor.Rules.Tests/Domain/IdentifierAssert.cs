using System.Globalization;
using System.Text;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

/// <summary>
/// The checks every identifier shares as <see cref="IParsable{TSelf}"/>, <see cref="ISpanParsable{TSelf}"/> and,
/// where it is one, <see cref="ISpanFormattable"/> and <see cref="IUtf8SpanFormattable"/>: each goes through the static
/// abstract interface members only, as generic code (minimal APIs, configuration readers, command-line parsers) does.
/// </summary>
internal static class IdentifierAssert
{
    /// <summary>Parses <paramref name="text"/> as generic code does, knowing only that <typeparamref name="T"/> is parsable.</summary>
    public static T ParseVia<T>(string text)
        where T : IParsable<T>
        => T.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Every parse of the interfaces, from a string and from a span within a larger text, reads <paramref name="text"/> as <paramref name="expected"/>.</summary>
    public static void ParsesVia<T>(string text, T expected)
        where T : ISpanParsable<T>
    {
        Assert.Equal(expected, ParseVia<T>(text));
        Assert.True(T.TryParse(text, CultureInfo.InvariantCulture, out var parsed));
        Assert.Equal(expected, parsed);

        var span = $"[{text}]".AsSpan(1, text.Length);
        Assert.Equal(expected, T.Parse(span, null));
        Assert.True(T.TryParse(span, null, out parsed));
        Assert.Equal(expected, parsed);
    }

    /// <summary>Every parse of the interfaces refuses <paramref name="text"/>: a message naming it and the type, or <see langword="false"/> and the <see langword="default"/> value.</summary>
    public static void RefusesVia<T>(string text)
        where T : struct, ISpanParsable<T>
    {
        var quoted = EchoText.Quote(text);
        var ex = Assert.Throws<FormatException>(() => ParseVia<T>(text));
        Assert.Contains(quoted, ex.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(T).Name, ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<FormatException>(() => T.Parse(text.AsSpan(), null));
        Assert.Contains(quoted, ex.Message, StringComparison.Ordinal);

        Assert.False(T.TryParse(text, null, out var parsed));
        Assert.Equal(default, parsed);
        Assert.False(T.TryParse(text.AsSpan(), null, out parsed));
        Assert.Equal(default, parsed);
    }

    /// <summary>Null is refused: <see cref="ArgumentNullException"/> naming the interface's parameter, or <see langword="false"/>.</summary>
    public static void RefusesNullVia<T>()
        where T : struct, IParsable<T>
    {
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => T.Parse(null!, null)).ParamName);
        Assert.False(T.TryParse(null, null, out var parsed));
        Assert.Equal(default, parsed);
    }

    /// <summary>
    /// <paramref name="value"/> formats as <paramref name="expected"/> whatever the format, in UTF-16 and UTF-8, into a
    /// buffer of exactly that size; one too small takes nothing and says so.
    /// </summary>
    public static void FormatsAs<T>(T value, string expected)
        where T : ISpanFormattable, IUtf8SpanFormattable
    {
        Assert.Equal(expected, value.ToString(null, CultureInfo.InvariantCulture));
        Assert.Equal(expected, value.ToString("X", CultureInfo.CurrentCulture));
        Assert.Equal(expected, $"{value}");
        Assert.Equal(expected, $"{value:N}");

        var chars = new char[expected.Length];
        Assert.True(value.TryFormat(chars, out var charsWritten, default, null));
        Assert.Equal(expected, new string(chars, 0, charsWritten));

        var utf8 = Encoding.UTF8.GetBytes(expected);
        var bytes = new byte[utf8.Length];
        Assert.True(value.TryFormat(bytes, out var bytesWritten, "D", null));
        Assert.Equal(utf8, bytes[..bytesWritten]);

        if (expected.Length > 0)
        {
            Assert.False(value.TryFormat(new char[expected.Length - 1], out charsWritten, default, null));
            Assert.Equal(0, charsWritten);
            Assert.False(value.TryFormat(new byte[utf8.Length - 1], out bytesWritten, default, null));
            Assert.Equal(0, bytesWritten);
        }
    }

    /// <summary>Formatting <paramref name="value"/> (not the <see langword="default"/> one) into a span and parsing that span gives it back, in UTF-16 and UTF-8.</summary>
    public static bool FormatRoundTrips<T>(T value)
        where T : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<T>
    {
        Span<char> chars = stackalloc char[300];
        Span<byte> bytes = stackalloc byte[1200];
        return value.TryFormat(chars, out var charsWritten, default, null)
               && value.TryFormat(bytes, out var bytesWritten, default, null)
               && T.Parse(chars[..charsWritten], null).Equals(value)
               && T.Parse(Encoding.UTF8.GetString(bytes[..bytesWritten]), null).Equals(value);
    }
}
