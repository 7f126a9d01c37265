namespace Cpor.Rules.Serialization;

/// <summary>Builds the JSON paths that name where a problem is (<c>$</c>, <c>$.claims[3]</c>, <c>$.tenants[0].tenantId</c>).</summary>
internal static class JsonPath
{
    public const string Root = "$";

    public static string Property(string parent, string name)
        => IsPlain(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '$')
            {
                return false;
            }
        }

        return true;
    }
}
