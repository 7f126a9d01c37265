using System.Diagnostics.CodeAnalysis;

namespace Cpor.Rules.Domain;

/// <summary>
/// A Partner Center partner ID (the location or global account number, formerly MPN ID): 1 to 12 ASCII digits,
/// kept as written (leading zeros are significant). Its <see langword="default"/> value holds no ID.
/// </summary>
public readonly struct PartnerId : IEquatable<PartnerId>, IComparable<PartnerId>
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

    /// <summary>Tries to parse a partner ID; <see langword="false"/> unless it is 1 to <see cref="MaxLength"/> ASCII digits.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out PartnerId result) => TryParse(value, out result, out _);

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

    internal static bool TryParse(string? value, out PartnerId result, out string? error)
    {
        result = default;
        if (string.IsNullOrEmpty(value))
        {
            error = "it is empty";
            return false;
        }

        if (value.Length > MaxLength)
        {
            error = $"it has {value.Length} characters, more than {MaxLength} digits";
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                error = "it must contain digits only";
                return false;
            }
        }

        error = null;
        result = new PartnerId(value);
        return true;
    }
}
