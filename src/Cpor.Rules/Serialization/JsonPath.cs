using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization;

/// <summary>Builds the JSON paths that name where a problem is (<c>$</c>, <c>$.claims[3]</c>, <c>$.tenants[0].tenantId</c>).</summary>
internal static class JsonPath
{
    public const string Root = "$";

    /// <summary>The path of a property; a long name is cut and control characters are escaped (<see cref="EchoText"/>).</summary>
    public static string Property(string parent, string name)
    {
        if (IsPlain(name) && name.Length <= EchoText.MaxLength)
        {
            return $"{parent}.{name}";
        }

        var shown = EchoText.Of(name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal));
        return $"{parent}['{shown}']";
    }

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
