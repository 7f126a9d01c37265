using System.Diagnostics.CodeAnalysis;

namespace Cpor.Rules.Domain;

/// <summary>
/// A Partner Center partner ID (the location or global account number, formerly MPN ID): 1 to 12 ASCII digits,
/// kept as written (leading zeros are significant). Its <see langword="default"/> value holds no ID.
/// </summary>
/// <remarks>
/// Written as its digits whatever format string or format provider is given. As <see cref="ISpanParsable{TSelf}"/> it
/// serves generic parsing (minimal APIs, command-line parsers); the format provider is ignored.
/// </remarks>
[System.ComponentModel.TypeConverter(typeof(ParsableTypeConverter<PartnerId>))]
public readonly struct PartnerId
    : IEquatable<PartnerId>, IComparable<PartnerId>, ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<PartnerId>
{
    /// <summary>The longest partner ID accepted, in digits.</summary>
    public const int MaxLength = 12;

    private readonly string? _value;

    private PartnerId(string value) => _value = value;

    /// <summary>The digits.</summary>
    /// <exception cref="InvalidOperationException">This is the <see langword="default"/> value.</exception>
    public string Value => _value ?? throw IdentifierText.DefaultUsed(nameof(PartnerId));

    /// <summary>Whether this is the <see langword="default"/> value, which holds no ID.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Compares two IDs by value.</summary>
    public static bool operator ==(PartnerId left, PartnerId right) => left.Equals(right);

    /// <summary>Compares two IDs by value.</summary>
    public static bool operator !=(PartnerId left, PartnerId right) => !left.Equals(right);

    /// <summary>Orders IDs by number of digits, then digit by digit (numeric order for IDs without leading zeros).</summary>
    public static bool operator <(PartnerId left, PartnerId right) => left.CompareTo(right) < 0;

    /// <summary>Orders IDs as <see cref="CompareTo"/> does.</summary>
    public static bool operator >(PartnerId left, PartnerId right) => left.CompareTo(right) > 0;

    /// <summary>Orders IDs as <see cref="CompareTo"/> does.</summary>
    public static bool operator <=(PartnerId left, PartnerId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders IDs as <see cref="CompareTo"/> does.</summary>
    public static bool operator >=(PartnerId left, PartnerId right) => left.CompareTo(right) >= 0;

    /// <summary>Parses a partner ID: 1 to <see cref="MaxLength"/> ASCII digits, nothing else (no spaces, no sign).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not such an ID; the message names it.</exception>
    public static PartnerId Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var result, out var error) ? result : throw IdentifierText.Invalid(nameof(PartnerId), value, error!);
    }

    /// <summary>Parses a partner ID: 1 to <see cref="MaxLength"/> ASCII digits, nothing else (no spaces, no sign).</summary>
    /// <exception cref="FormatException"><paramref name="value"/> is not such an ID; the message names it.</exception>
    public static PartnerId Parse(ReadOnlySpan<char> value)
        => Check(value) is { } error ? throw IdentifierText.Invalid(nameof(PartnerId), value.ToString(), error) : new PartnerId(value.ToString());

    /// <summary>Tries to parse a partner ID; <see langword="false"/> unless it is 1 to <see cref="MaxLength"/> ASCII digits.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out PartnerId result) => TryParse(value, out result, out _);

    /// <summary>Tries to parse a partner ID; <see langword="false"/> unless it is 1 to <see cref="MaxLength"/> ASCII digits.</summary>
    public static bool TryParse(ReadOnlySpan<char> value, out PartnerId result)
    {
        var ok = Check(value) is null;
        result = ok ? new PartnerId(value.ToString()) : default;
        return ok;
    }

    /// <inheritdoc />
    static PartnerId IParsable<PartnerId>.Parse(string s, IFormatProvider? provider) => Parse(s ?? throw new ArgumentNullException(nameof(s)));

    /// <inheritdoc />
    static bool IParsable<PartnerId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartnerId result) => TryParse(s, out result);

    /// <inheritdoc />
    static PartnerId ISpanParsable<PartnerId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<PartnerId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PartnerId result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(PartnerId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartnerId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(PartnerId other)
    {
        var byLength = (_value?.Length ?? -1).CompareTo(other._value?.Length ?? -1);
        return byLength != 0 ? byLength : string.CompareOrdinal(_value, other._value);
    }

    /// <summary>The digits; an empty string for the <see langword="default"/> value.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>As <see cref="ToString()"/>: the format and the provider are ignored.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes <see cref="ToString()"/>; <see langword="false"/>, with nothing written, when it does not fit. The format and the provider are ignored.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => IdentifierText.TryFormat(_value, destination, out charsWritten);

    /// <summary>Writes <see cref="ToString()"/> in UTF-8; <see langword="false"/>, with nothing written, when it does not fit. The format and the provider are ignored.</summary>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => IdentifierText.TryFormat(_value, utf8Destination, out bytesWritten);

    internal static bool TryParse(string? value, out PartnerId result, out string? error)
    {
        error = Check(value);
        result = error is null ? new PartnerId(value!) : default;
        return error is null;
    }

    /// <summary>Why <paramref name="value"/> is not a partner ID; <see langword="null"/> when it is one.</summary>
    private static string? Check(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return "it is empty";
        }

        if (value.Length > MaxLength)
        {
            return $"it has {value.Length} characters, more than {MaxLength} digits";
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return "it must contain digits only";
            }
        }

        return null;
    }
}
