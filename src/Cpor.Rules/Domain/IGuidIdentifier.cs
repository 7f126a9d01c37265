using System.Diagnostics.CodeAnalysis;

namespace Cpor.Rules.Domain;

/// <summary>
/// What every GUID identifier (<see cref="TenantId"/>, <see cref="SubscriptionId"/>) offers, so that the compiler keeps
/// them alike and <see cref="GuidIdentifier"/> and the tests can treat them generically. Each stays its own type.
/// </summary>
/// <typeparam name="TSelf">The identifier.</typeparam>
internal interface IGuidIdentifier<TSelf> : IEquatable<TSelf>, IComparable<TSelf>, ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<TSelf>
    where TSelf : struct, IGuidIdentifier<TSelf>
{
    /// <summary>The GUID; throws on the <see langword="default"/> value.</summary>
    Guid Value { get; }

    /// <summary>Whether this is the <see langword="default"/> value, which holds no ID.</summary>
    bool IsDefault { get; }

    /// <summary>Wraps a GUID other than <see cref="Guid.Empty"/>.</summary>
    static abstract TSelf FromGuid(Guid value);

    /// <summary>Parses the <c>D</c> form of a GUID other than the all-zero one.</summary>
    static abstract TSelf Parse(string value);

    /// <summary>Parses the <c>D</c> form of a GUID other than the all-zero one.</summary>
    static abstract TSelf Parse(ReadOnlySpan<char> value);

    /// <summary>Tries to parse the <c>D</c> form of a GUID other than the all-zero one.</summary>
    static abstract bool TryParse([NotNullWhen(true)] string? value, out TSelf result);

    /// <summary>Tries to parse the <c>D</c> form of a GUID other than the all-zero one.</summary>
    static abstract bool TryParse(ReadOnlySpan<char> value, out TSelf result);

    /// <summary>Compares two IDs by value.</summary>
    static abstract bool operator ==(TSelf left, TSelf right);

    /// <summary>Compares two IDs by value.</summary>
    static abstract bool operator !=(TSelf left, TSelf right);

    /// <summary>Orders IDs by their GUID.</summary>
    static abstract bool operator <(TSelf left, TSelf right);

    /// <summary>Orders IDs by their GUID.</summary>
    static abstract bool operator >(TSelf left, TSelf right);

    /// <summary>Orders IDs by their GUID.</summary>
    static abstract bool operator <=(TSelf left, TSelf right);

    /// <summary>Orders IDs by their GUID.</summary>
    static abstract bool operator >=(TSelf left, TSelf right);
}
