using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace Cpor.Rules.Serialization;

/// <summary>
/// Reads JSON text values and property names under the limits of contract v1 (DOMAIN.md section 8): at most
/// <see cref="MaxLength"/> UTF-16 code units, valid Unicode (no lone surrogate, raw or escaped, no invalid UTF-8).
/// Never throws for bad text: it says what is wrong instead.
/// </summary>
internal static class JsonStrings
{
    /// <summary>The longest text value or property name accepted, in UTF-16 code units.</summary>
    public const int MaxLength = 4096;

    /// <summary>The largest single token accepted, in bytes: 4 MiB.</summary>
    public const int MaxTokenBytes = 4 << 20;

    /// <summary>An escape (<c>\uXXXX</c>) takes at most 6 bytes per UTF-16 code unit.</summary>
    private const int MaxEscapedBytes = MaxLength * 6;

    private const int StackChars = 256;

    public const string NotUnicode = "is not valid Unicode text (it holds a lone surrogate or bytes that are not UTF-8)";

    public static readonly string TooLong = $"has more than {MaxLength} UTF-16 code units";

    /// <summary>Whether the current token is larger than <see cref="MaxTokenBytes"/>.</summary>
    public static bool IsTooLarge(ref Utf8JsonReader reader)
        => (reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length) > MaxTokenBytes;

    /// <summary>Reads the current string or property name token; a shared instance from <paramref name="pool"/> when given.</summary>
    public static bool TryGet(ref Utf8JsonReader reader, StringPool? pool, [NotNullWhen(true)] out string? value, [NotNullWhen(false)] out string? problem)
    {
        value = null;
        if (IsShortAscii(ref reader))
        {
            // The common case: short ASCII text without escapes is valid as it is.
            var ascii = reader.ValueSpan;
            if (ascii.Length <= StackChars)
            {
                Span<char> chars = stackalloc char[ascii.Length];
                Ascii.ToUtf16(ascii, chars, out _);
                value = pool is null ? new string(chars) : pool.Get(chars);
            }
            else
            {
                value = Encoding.ASCII.GetString(ascii);
            }

            problem = null;
            return true;
        }

        return Decode(ref reader, pool, create: true, out value, out problem);
    }

    /// <summary>Checks the current string or property name token without keeping it.</summary>
    public static bool IsValid(ref Utf8JsonReader reader, [NotNullWhen(false)] out string? problem)
    {
        if (IsShortAscii(ref reader))
        {
            problem = null;
            return true;
        }

        // Stryker disable once Boolean : the string created is thrown away: only the problem is returned
        return Decode(ref reader, pool: null, create: false, out _, out problem);
    }

    /// <summary>Whether the current property name is <paramref name="name"/> (false for a name that is not valid text).</summary>
    public static bool NameIs(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            return reader.ValueSpan.SequenceEqual(name);
        }

        try
        {
            return reader.ValueTextEquals(name);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether the token is short ASCII text without escapes, valid as it is: the common case, read without decoding.
    /// Any other token is decoded, which gives the same result for this one.
    /// </summary>
    private static bool IsShortAscii(ref Utf8JsonReader reader)
        => !reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan.Length <= MaxLength && Ascii.IsValid(reader.ValueSpan);

    private static bool Decode(ref Utf8JsonReader reader, StringPool? pool, bool create, out string? value, [NotNullWhen(false)] out string? problem)
    {
        value = null;
        var bytes = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (bytes > MaxEscapedBytes)
        {
            problem = TooLong;
            return false;
        }

        // Unescaped, a UTF-8 value never needs more UTF-16 code units than it has bytes.
        var length = (int)bytes;
        char[]? rented = null;
        Span<char> chars = length <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            int written;
            try
            {
                written = reader.CopyString(chars);
            }
            catch (InvalidOperationException)
            {
                problem = NotUnicode;
                return false;
            }

            if (written > MaxLength)
            {
                problem = TooLong;
                return false;
            }

            if (create)
            {
                var text = chars[..written];
                value = pool is null ? new string(text) : pool.Get(text);
            }

            problem = null;
            return true;
        }
        finally
        {
            if (rented is not null)
            {
                // Stryker disable once Statement : only hands the buffer back to the shared pool
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
