namespace Cpor.Rules.Domain;

/// <summary>Shared wording and checks of the strongly typed identifiers, so that every identifier fails the same way.</summary>
internal static class IdentifierText
{
    public static string Quote(string? value) => EchoText.Quote(value);

    public static FormatException Invalid(string typeName, string? value, string reason)
        => new($"{Quote(value)} is not a valid {typeName}: {reason}.");

    public static InvalidOperationException DefaultUsed(string typeName)
        => new($"This {typeName} is the default value and holds no identifier; create one with {typeName}.Parse or TryParse.");

    public static bool TryParseGuid(string? value, out Guid guid, out string? error)
    {
        if (string.IsNullOrEmpty(value))
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

    /// <summary>Whether <paramref name="value"/> is 36 characters: hex digits with hyphens at 8, 13, 18 and 23.</summary>
    private static bool IsGuidShape(string value)
    {
        if (value.Length != 36)
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
