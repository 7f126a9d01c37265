using System.Diagnostics.CodeAnalysis;

namespace Cpor.Rules.Domain;

/// <summary>
/// A subscription ID: a GUID, never the all-zero one.
/// Its <see langword="default"/> value holds no ID: <see cref="Value"/> throws on it, and the library's guards refuse it.
/// </summary>
public readonly struct SubscriptionId : IEquatable<SubscriptionId>, IComparable<SubscriptionId>, ISpanFormattable
{
    private readonly Guid _value;

    private SubscriptionId(Guid value) => _value = value;

    /// <summary>The GUID.</summary>
    /// <exception cref="InvalidOperationException">This is the <see langword="default"/> value.</exception>
    public Guid Value => IsDefault ? throw IdentifierText.DefaultUsed(nameof(SubscriptionId)) : _value;

    /// <summary>Whether this is the <see langword="default"/> value, which holds no ID.</summary>
    public bool IsDefault => _value == Guid.Empty;

    /// <summary>Compares two IDs by value.</summary>
    public static bool operator ==(SubscriptionId left, SubscriptionId right) => left.Equals(right);

    /// <summary>Compares two IDs by value.</summary>
    public static bool operator !=(SubscriptionId left, SubscriptionId right) => !left.Equals(right);

    /// <summary>Orders IDs by their GUID.</summary>
    public static bool operator <(SubscriptionId left, SubscriptionId right) => left.CompareTo(right) < 0;

    /// <summary>Orders IDs by their GUID.</summary>
    public static bool operator >(SubscriptionId left, SubscriptionId right) => left.CompareTo(right) > 0;

    /// <summary>Orders IDs by their GUID.</summary>
    public static bool operator <=(SubscriptionId left, SubscriptionId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders IDs by their GUID.</summary>
    public static bool operator >=(SubscriptionId left, SubscriptionId right) => left.CompareTo(right) >= 0;

    /// <summary>Wraps a GUID.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see cref="Guid.Empty"/>.</exception>
    public static SubscriptionId FromGuid(Guid value)
        => value == Guid.Empty
            ? throw new ArgumentException("The all-zero GUID identifies nothing.", nameof(value))
            : new SubscriptionId(value);

    /// <summary>Parses a GUID in its 36-character form with hyphens (<c>D</c> format, any letter case).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not such a GUID, or is all zeros; the message names it.</exception>
    public static SubscriptionId Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return IdentifierText.TryParseGuid(value, out var guid, out var error)
            ? new SubscriptionId(guid)
            : throw IdentifierText.Invalid(nameof(SubscriptionId), value, error!);
    }

    /// <summary>Tries to parse a GUID in its 36-character form with hyphens; <see langword="false"/> for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out SubscriptionId result)
    {
        var ok = IdentifierText.TryParseGuid(value, out var guid, out _);
        result = ok ? new SubscriptionId(guid) : default;
        return ok;
    }

    internal static bool TryParse(string? value, out SubscriptionId result, out string? error)
    {
        var ok = IdentifierText.TryParseGuid(value, out var guid, out error);
        result = ok ? new SubscriptionId(guid) : default;
        return ok;
    }

    /// <inheritdoc />
    public bool Equals(SubscriptionId other) => _value == other._value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SubscriptionId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(SubscriptionId other) => _value.CompareTo(other._value);

    /// <summary>The GUID in lower-case <c>D</c> format; an empty string for the <see langword="default"/> value.</summary>
    public override string ToString() => IsDefault ? string.Empty : _value.ToString("D");

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (IsDefault)
        {
            charsWritten = 0;
            return true;
        }

        return _value.TryFormat(destination, out charsWritten, "D");
    }
}
