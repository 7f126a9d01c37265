using System.Diagnostics.CodeAnalysis;

namespace Cpor.Rules.Domain;

/// <summary>
/// The partner's or platform's identifier of a claim. Opaque: any text of 1 to <see cref="MaxLength"/> characters
/// without control characters and not only white space, compared exactly (ordinal, case-sensitive).
/// Its <see langword="default"/> value holds no ID.
/// </summary>
/// <remarks>
/// As <see cref="ISpanParsable{TSelf}"/> it serves generic parsing (minimal APIs, command-line parsers); the format
/// provider is ignored. It is not <see cref="IFormattable"/>: its text is opaque and written as given.
/// </remarks>
[System.ComponentModel.TypeConverter(typeof(ParsableTypeConverter<ClaimId>))]
public readonly struct ClaimId : IEquatable<ClaimId>, IComparable<ClaimId>, ISpanParsable<ClaimId>
{
    /// <summary>The longest claim ID accepted.</summary>
    public const int MaxLength = 256;

    private readonly string? _value;

    private ClaimId(string value) => _value = value;

    /// <summary>The text of the ID.</summary>
    /// <exception cref="InvalidOperationException">This is the <see langword="default"/> value.</exception>
    public string Value => _value ?? throw IdentifierText.DefaultUsed(nameof(ClaimId));

    /// <summary>Whether this is the <see langword="default"/> value, which holds no ID.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Compares two IDs exactly.</summary>
    public static bool operator ==(ClaimId left, ClaimId right) => left.Equals(right);

    /// <summary>Compares two IDs exactly.</summary>
    public static bool operator !=(ClaimId left, ClaimId right) => !left.Equals(right);

    /// <summary>Orders IDs ordinally (the order used to break ties between duplicate claims).</summary>
    public static bool operator <(ClaimId left, ClaimId right) => left.CompareTo(right) < 0;

    /// <summary>Orders IDs ordinally.</summary>
    public static bool operator >(ClaimId left, ClaimId right) => left.CompareTo(right) > 0;

    /// <summary>Orders IDs ordinally.</summary>
    public static bool operator <=(ClaimId left, ClaimId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders IDs ordinally.</summary>
    public static bool operator >=(ClaimId left, ClaimId right) => left.CompareTo(right) >= 0;

    /// <summary>Parses a claim ID.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is empty, blank, too long or holds control characters; the message names it.</exception>
    public static ClaimId Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var result, out var error) ? result : throw IdentifierText.Invalid(nameof(ClaimId), value, error!);
    }

    /// <summary>Parses a claim ID.</summary>
    /// <exception cref="FormatException"><paramref name="value"/> is empty, blank, too long or holds control characters; the message names it.</exception>
    public static ClaimId Parse(ReadOnlySpan<char> value) => Parse(value.ToString());

    /// <summary>Tries to parse a claim ID.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out ClaimId result) => TryParse(value, out result, out _);

    /// <summary>Tries to parse a claim ID.</summary>
    public static bool TryParse(ReadOnlySpan<char> value, out ClaimId result) => TryParse(value.ToString(), out result, out _);

    /// <inheritdoc />
    static ClaimId IParsable<ClaimId>.Parse(string s, IFormatProvider? provider) => Parse(s ?? throw new ArgumentNullException(nameof(s)));

    /// <inheritdoc />
    static bool IParsable<ClaimId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ClaimId result) => TryParse(s, out result);

    /// <inheritdoc />
    static ClaimId ISpanParsable<ClaimId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<ClaimId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ClaimId result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(ClaimId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ClaimId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(ClaimId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>The text of the ID; an empty string for the <see langword="default"/> value.</summary>
    public override string ToString() => _value ?? string.Empty;

    internal static bool TryParse(string? value, out ClaimId result, out string? error)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            error = "it is empty or blank";
            return false;
        }

        if (value.Length > MaxLength)
        {
            error = $"it has {value.Length} characters, more than {MaxLength}";
            return false;
        }

        // The C0 controls, DEL and the C1 controls: every character char.IsControl reports.
        if (EchoText.HasControl(value))
        {
            error = "it contains control characters";
            return false;
        }

        error = null;
        result = new ClaimId(value);
        return true;
    }
}
