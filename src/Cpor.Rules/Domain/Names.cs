namespace Cpor.Rules.Domain;

/// <summary>
/// How product and workload names compare: without regard to letter case (ordinal), as the Partner Center UI lists
/// them with varying case. Kept in one place so that every rule compares names alike.
/// </summary>
public static class Names
{
    /// <summary>The comparer for product and workload names (<see cref="StringComparer.OrdinalIgnoreCase"/>).</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>Whether two product or workload names are the same name.</summary>
    public static bool Same(string? left, string? right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    internal static bool Contains(IReadOnlyList<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (Same(candidate, name))
            {
                return true;
            }
        }

        return false;
    }
}
