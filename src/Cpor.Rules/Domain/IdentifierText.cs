namespace Cpor.Rules.Domain;

/// <summary>Shared wording and checks of the strongly typed identifiers, so that every identifier fails the same way.</summary>
internal static class IdentifierText
{
    public static string Quote(string? value) => value is null ? "null" : $"'{value}'";

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

        if (!Guid.TryParseExact(value, "D", out guid))
        {
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
}
