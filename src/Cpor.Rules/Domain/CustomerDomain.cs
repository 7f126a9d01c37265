using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Cpor.Rules.Domain;

/// <summary>
/// A DNS domain name of a customer's tenant, for example <c>contoso.onmicrosoft.com</c>. Compared without regard to
/// letter case (it is kept in lower case). At least two labels; each label 1 to 63 letters, digits or hyphens, not
/// starting or ending with a hyphen; at most 253 characters; no trailing dot. Its <see langword="default"/> value holds no domain.
/// An internationalised name (for example <c>회사.한국</c>) is accepted and kept, and compared, in its ASCII (punycode)
/// form (<c>xn--vf4b131b.xn--3e0b707e</c>), so that both spellings of one domain are the same domain.
/// </summary>
/// <remarks>
/// Written in that lower-case ASCII form whatever format string or format provider is given. As
/// <see cref="ISpanParsable{TSelf}"/> it serves generic parsing (minimal APIs, command-line parsers); the format provider is ignored.
/// </remarks>
[System.ComponentModel.TypeConverter(typeof(ParsableTypeConverter<CustomerDomain>))]
public readonly struct CustomerDomain
    : IEquatable<CustomerDomain>, IComparable<CustomerDomain>, ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<CustomerDomain>
{
    /// <summary>The longest domain name accepted.</summary>
    public const int MaxLength = 253;

    private readonly string? _value;

    private CustomerDomain(string value) => _value = value;

    /// <summary>The domain name, in lower case; an internationalised name in its ASCII (punycode) form.</summary>
    /// <exception cref="InvalidOperationException">This is the <see langword="default"/> value.</exception>
    public string Value => _value ?? throw IdentifierText.DefaultUsed(nameof(CustomerDomain));

    /// <summary>Whether this is the <see langword="default"/> value, which holds no domain.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Compares two domains without regard to letter case.</summary>
    public static bool operator ==(CustomerDomain left, CustomerDomain right) => left.Equals(right);

    /// <summary>Compares two domains without regard to letter case.</summary>
    public static bool operator !=(CustomerDomain left, CustomerDomain right) => !left.Equals(right);

    /// <summary>Orders domains ordinally by their lower-case form.</summary>
    public static bool operator <(CustomerDomain left, CustomerDomain right) => left.CompareTo(right) < 0;

    /// <summary>Orders domains ordinally by their lower-case form.</summary>
    public static bool operator >(CustomerDomain left, CustomerDomain right) => left.CompareTo(right) > 0;

    /// <summary>Orders domains ordinally by their lower-case form.</summary>
    public static bool operator <=(CustomerDomain left, CustomerDomain right) => left.CompareTo(right) <= 0;

    /// <summary>Orders domains ordinally by their lower-case form.</summary>
    public static bool operator >=(CustomerDomain left, CustomerDomain right) => left.CompareTo(right) >= 0;

    /// <summary>Parses a domain name (any letter case).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not a DNS domain name; the message names it and says why.</exception>
    public static CustomerDomain Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var result, out var error) ? result : throw IdentifierText.Invalid(nameof(CustomerDomain), value, error!);
    }

    /// <summary>Parses a domain name (any letter case).</summary>
    /// <exception cref="FormatException"><paramref name="value"/> is not a DNS domain name; the message names it and says why.</exception>
    public static CustomerDomain Parse(ReadOnlySpan<char> value) => Parse(value.ToString());

    /// <summary>Tries to parse a domain name (any letter case).</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out CustomerDomain result) => TryParse(value, out result, out _);

    /// <summary>Tries to parse a domain name (any letter case).</summary>
    public static bool TryParse(ReadOnlySpan<char> value, out CustomerDomain result) => TryParse(value.ToString(), out result, out _);

    /// <inheritdoc />
    static CustomerDomain IParsable<CustomerDomain>.Parse(string s, IFormatProvider? provider) => Parse(s ?? throw new ArgumentNullException(nameof(s)));

    /// <inheritdoc />
    static bool IParsable<CustomerDomain>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CustomerDomain result) => TryParse(s, out result);

    /// <inheritdoc />
    static CustomerDomain ISpanParsable<CustomerDomain>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<CustomerDomain>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CustomerDomain result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(CustomerDomain other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CustomerDomain other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(CustomerDomain other) => string.CompareOrdinal(_value, other._value);

    /// <summary>The domain name in lower case; an empty string for the <see langword="default"/> value.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>As <see cref="ToString()"/>: the format and the provider are ignored.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes <see cref="ToString()"/>; <see langword="false"/>, with nothing written, when it does not fit. The format and the provider are ignored.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => IdentifierText.TryFormat(_value, destination, out charsWritten);

    /// <summary>Writes <see cref="ToString()"/> in UTF-8; <see langword="false"/>, with nothing written, when it does not fit. The format and the provider are ignored.</summary>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => IdentifierText.TryFormat(_value, utf8Destination, out bytesWritten);

    internal static bool TryParse(string? value, out CustomerDomain result, out string? error)
    {
        result = default;
        error = ToAscii(value, out var ascii) ?? Check(ascii);
        if (error is not null)
        {
            return false;
        }

        result = new CustomerDomain(ascii!.ToLowerInvariant());
        return true;
    }

    /// <summary>The name in ASCII: itself when it is ASCII, else its punycode form; or why it cannot be one.</summary>
    private static string? ToAscii(string? value, out string? ascii)
    {
        ascii = value;
        if (string.IsNullOrEmpty(value) || Ascii.IsValid(value))
        {
            return null;
        }

        // A name no DNS label could hold is refused before it is converted (the conversion's cost grows with it).
        if (value.Length > MaxLength)
        {
            return $"it has {value.Length} characters, more than {MaxLength}";
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c))
            {
                return "it contains control characters";
            }

            if (char.IsWhiteSpace(c) || c is '_' or '@' or '/' or '*')
            {
                return $"{EchoText.Quote(c.ToString())} is not allowed; use letters, digits, hyphens and dots";
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return "it is not valid Unicode text (a lone surrogate)";
            }
        }

        try
        {
            ascii = new IdnMapping { UseStd3AsciiRules = true }.GetAscii(value);
            return null;
        }
        catch (ArgumentException)
        {
            // Say what is wrong with its shape (an empty label, a hyphen at an end) when that is the problem.
            return Check(string.Create(value.Length, value, static (chars, text) =>
            {
                for (var i = 0; i < chars.Length; i++)
                {
                    chars[i] = text[i] < 0x80 ? text[i] : 'a';
                }
            })) ?? "it is not a valid internationalised domain name (a label holds characters IDNA does not allow, or is too long once in punycode)";
        }
    }

    private static string? Check(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "it is empty";
        }

        if (value.Length > MaxLength)
        {
            return $"it has {value.Length} characters, more than {MaxLength}";
        }

        if (EchoText.HasControl(value))
        {
            return "it contains control characters";
        }

        var labels = 0;
        foreach (var range in value.AsSpan().Split('.'))
        {
            var label = value.AsSpan(range);
            labels++;
            if (label.IsEmpty || label.Length > 63)
            {
                return "each dot-separated label must have 1 to 63 characters";
            }

            if (label[0] == '-' || label[^1] == '-')
            {
                return "a label may not start or end with a hyphen";
            }

            foreach (var c in label)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return $"{EchoText.Quote(c.ToString())} is not allowed; use letters, digits, hyphens and dots";
                }
            }
        }

        return labels < 2 ? "it needs at least two labels, such as contoso.com" : null;
    }
}
