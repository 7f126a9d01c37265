using System.Diagnostics.CodeAnalysis;

namespace Cpor.Rules.Domain;

/// <summary>
/// A Microsoft Entra tenant (directory) ID: the customer's tenant. A GUID, never the all-zero one.
/// Its <see langword="default"/> value holds no ID: <see cref="Value"/> throws on it, and the library's guards refuse it.
/// </summary>
/// <remarks>
/// Read only in the 36-character form with hyphens (<c>D</c> format, any letter case) and written in lower case in
/// that form, whatever format string or format provider is given. As <see cref="ISpanParsable{TSelf}"/> it serves
/// generic parsing (minimal APIs, command-line parsers); the format provider is ignored.
/// </remarks>
[System.ComponentModel.TypeConverter(typeof(ParsableTypeConverter<TenantId>))]
public readonly struct TenantId
    : IEquatable<TenantId>, IComparable<TenantId>, ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<TenantId>, IGuidIdentifier<TenantId>
{
    private readonly Guid _value;

    private TenantId(Guid value) => _value = value;

    /// <summary>The GUID.</summary>
    /// <exception cref="InvalidOperationException">This is the <see langword="default"/> value.</exception>
    public Guid Value => IsDefault ? throw IdentifierText.DefaultUsed(nameof(TenantId)) : _value;

    /// <summary>Whether this is the <see langword="default"/> value, which holds no ID.</summary>
    public bool IsDefault => _value == Guid.Empty;

    /// <summary>Compares two IDs by value.</summary>
    public static bool operator ==(TenantId left, TenantId right) => left.Equals(right);

    /// <summary>Compares two IDs by value.</summary>
    public static bool operator !=(TenantId left, TenantId right) => !left.Equals(right);

    /// <summary>Orders IDs by their GUID.</summary>
    public static bool operator <(TenantId left, TenantId right) => left.CompareTo(right) < 0;

    /// <summary>Orders IDs by their GUID.</summary>
    public static bool operator >(TenantId left, TenantId right) => left.CompareTo(right) > 0;

    /// <summary>Orders IDs by their GUID.</summary>
    public static bool operator <=(TenantId left, TenantId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders IDs by their GUID.</summary>
    public static bool operator >=(TenantId left, TenantId right) => left.CompareTo(right) >= 0;

    /// <summary>Wraps a GUID.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see cref="Guid.Empty"/>.</exception>
    public static TenantId FromGuid(Guid value) => new(GuidIdentifier.NotEmpty(value));

    /// <summary>Parses a GUID in its 36-character form with hyphens (<c>D</c> format, any letter case).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not such a GUID, or is all zeros; the message names it.</exception>
    public static TenantId Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return GuidIdentifier.Parse<TenantId>(value);
    }

    /// <summary>Parses a GUID in its 36-character form with hyphens (<c>D</c> format, any letter case).</summary>
    /// <exception cref="FormatException"><paramref name="value"/> is not such a GUID, or is all zeros; the message names it.</exception>
    public static TenantId Parse(ReadOnlySpan<char> value) => GuidIdentifier.Parse<TenantId>(value);

    /// <summary>Tries to parse a GUID in its 36-character form with hyphens; <see langword="false"/> for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out TenantId result) => GuidIdentifier.TryParse(value, out result, out _);

    /// <summary>Tries to parse a GUID in its 36-character form with hyphens; <see langword="false"/> for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> value, out TenantId result) => GuidIdentifier.TryParse(value, out result, out _);

    /// <inheritdoc />
    static TenantId IParsable<TenantId>.Parse(string s, IFormatProvider? provider) => Parse(s ?? throw new ArgumentNullException(nameof(s)));

    /// <inheritdoc />
    static bool IParsable<TenantId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TenantId result) => TryParse(s, out result);

    /// <inheritdoc />
    static TenantId ISpanParsable<TenantId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<TenantId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TenantId result) => TryParse(s, out result);

    internal static bool TryParse(string? value, out TenantId result, out string? error) => GuidIdentifier.TryParse(value, out result, out error);

    /// <inheritdoc />
    public bool Equals(TenantId other) => _value == other._value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TenantId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(TenantId other) => _value.CompareTo(other._value);

    /// <summary>The GUID in lower-case <c>D</c> format; an empty string for the <see langword="default"/> value.</summary>
    public override string ToString() => GuidIdentifier.Format(_value);

    /// <summary>As <see cref="ToString()"/>: the format and the provider are ignored.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes <see cref="ToString()"/>; <see langword="false"/>, with nothing written, when it does not fit. The format and the provider are ignored.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => GuidIdentifier.TryFormat(_value, destination, out charsWritten);

    /// <summary>Writes <see cref="ToString()"/> in UTF-8; <see langword="false"/>, with nothing written, when it does not fit. The format and the provider are ignored.</summary>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => GuidIdentifier.TryFormat(_value, utf8Destination, out bytesWritten);
}
