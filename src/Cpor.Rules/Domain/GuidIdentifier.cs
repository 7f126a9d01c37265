namespace Cpor.Rules.Domain;

/// <summary>
/// The parsing, formatting and checks that <see cref="TenantId"/> and <see cref="SubscriptionId"/> share: a GUID,
/// never the all-zero one, read only in its 36-character <c>D</c> form and written in lower case.
/// </summary>
internal static class GuidIdentifier
{
    /// <summary>The length of the <c>D</c> form.</summary>
    public const int Length = 36;

    /// <summary><paramref name="value"/> when it is not <see cref="Guid.Empty"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see cref="Guid.Empty"/>.</exception>
    public static Guid NotEmpty(Guid value)
        => value == Guid.Empty ? throw new ArgumentException("The all-zero GUID identifies nothing.", nameof(value)) : value;

    /// <summary>Parses the <c>D</c> form of a GUID other than the all-zero one.</summary>
    /// <exception cref="FormatException"><paramref name="value"/> is not such a GUID; the message names it and the type.</exception>
    public static TId Parse<TId>(ReadOnlySpan<char> value)
        where TId : struct, IGuidIdentifier<TId>
        => TryParse(value, out var guid, out var error)
            ? TId.FromGuid(guid)
            : throw IdentifierText.Invalid(typeof(TId).Name, value.ToString(), error!);

    /// <summary>Tries to parse the <c>D</c> form of a GUID other than the all-zero one; the reason when it is not.</summary>
    public static bool TryParse<TId>(ReadOnlySpan<char> value, out TId result, out string? error)
        where TId : struct, IGuidIdentifier<TId>
    {
        var ok = TryParse(value, out var guid, out error);
        result = ok ? TId.FromGuid(guid) : default;
        return ok;
    }

    /// <summary>
    /// Tries to parse the <c>D</c> form of a GUID other than the all-zero one; <paramref name="guid"/> is
    /// <see cref="Guid.Empty"/> and <paramref name="error"/> says why when it is not one.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> value, out Guid guid, out string? error)
    {
        if (value.IsEmpty)
        {
            guid = Guid.Empty;
            error = "it is empty";
            return false;
        }

        // Guid.TryParseExact("D") alone is too lenient for an identifier: it trims white space and, for
        // compatibility, accepts "0x" and "+" inside the groups ("+b2c...", "1b2c3d4e-0x00-..."), so text that
        // is not the 36-character form would be read, some of it as another GUID. Check the shape first.
        if (!IsGuidShape(value) || !Guid.TryParseExact(value, "D", out guid))
        {
            guid = Guid.Empty;
            error = "expected a GUID such as 00000000-0000-0000-0000-000000000000 (36 characters, with hyphens)";
            return false;
        }

        if (guid == Guid.Empty)
        {
            error = "the all-zero GUID identifies nothing";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>The <c>D</c> form in lower case; an empty string for <see cref="Guid.Empty"/> (a <see langword="default"/> identifier).</summary>
    public static string Format(Guid value) => value == Guid.Empty ? string.Empty : value.ToString("D");

    /// <summary>Writes what <see cref="Format"/> returns; <see langword="false"/>, with nothing written, when it does not fit.</summary>
    public static bool TryFormat(Guid value, Span<char> destination, out int charsWritten)
    {
        if (value == Guid.Empty)
        {
            charsWritten = 0;
            return true;
        }

        return value.TryFormat(destination, out charsWritten, "D");
    }

    /// <summary>Writes what <see cref="Format"/> returns, in UTF-8; <see langword="false"/>, with nothing written, when it does not fit.</summary>
    public static bool TryFormat(Guid value, Span<byte> utf8Destination, out int bytesWritten)
    {
        if (value == Guid.Empty)
        {
            bytesWritten = 0;
            return true;
        }

        return value.TryFormat(utf8Destination, out bytesWritten, "D");
    }

    /// <summary>Whether <paramref name="value"/> is 36 characters: hex digits with hyphens at 8, 13, 18 and 23.</summary>
    private static bool IsGuidShape(ReadOnlySpan<char> value)
    {
        if (value.Length != Length)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var hyphen = i is 8 or 13 or 18 or 23;
            if (hyphen ? value[i] != '-' : !char.IsAsciiHexDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
