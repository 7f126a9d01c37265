namespace Cpor.Rules.Arbitration;

/// <summary>
/// An ordered list of ranking rules: the first rule that separates two contenders decides their order; contenders no
/// rule separates tie and share a rank. A tie for first place goes to manual review.
/// </summary>
public sealed class RankingPolicy
{
    private readonly IRankingRule[] _rules;

    private RankingPolicy(IRankingRule[] rules) => _rules = rules;

    /// <summary>The default policy: <see cref="RankingRules.PoeRecency"/>, then <see cref="RankingRules.Incumbency"/>.</summary>
    public static RankingPolicy Default { get; } = new([RankingRules.PoeRecency, RankingRules.Incumbency]);

    /// <summary>The rules, in order.</summary>
    public IReadOnlyList<IRankingRule> Rules => _rules;

    /// <summary>Creates a policy from rules, in order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/> or holds a <see langword="null"/> rule.</exception>
    /// <exception cref="ArgumentException">No rule is given, a rule's name is null or blank, or two rules share a name.</exception>
    public static RankingPolicy Create(params IEnumerable<IRankingRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var copy = rules.ToArray();
        if (copy.Length == 0)
        {
            throw new ArgumentException("A ranking policy needs at least one rule.", nameof(rules));
        }

        if (Array.IndexOf(copy, null) >= 0)
        {
            throw new ArgumentNullException(nameof(rules), "The ranking rules hold a null entry.");
        }

        for (var i = 0; i < copy.Length; i++)
        {
            CheckName(copy[i], copy.AsSpan(0, i), nameof(rules));
        }

        return new RankingPolicy(copy);
    }

    /// <summary>A new policy with <paramref name="rule"/> appended (consulted after the existing rules).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="rule"/>'s name is null or blank, or a rule of that name is already in the policy.</exception>
    public RankingPolicy Then(IRankingRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        CheckName(rule, _rules, nameof(rule));
        return new RankingPolicy([.. _rules, rule]);
    }

    /// <summary>Compares two contenders by the policy.</summary>
    /// <returns>Positive when <paramref name="x"/> ranks above <paramref name="y"/>, negative when below, 0 for a tie; and the rule that decided, if any.</returns>
    internal (int Order, IRankingRule? DecidedBy) Compare(Contender x, Contender y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        foreach (var rule in _rules)
        {
            var order = Math.Sign(rule.Compare(x, y));
            if (order != 0)
            {
                return (order, rule);
            }
        }

        return (0, null);
    }

    /// <summary>
    /// The one check of a ranking rule's name, wherever a policy grows (<see cref="Create"/>, <see cref="Then"/>, and the
    /// dependency-injection builder through <see cref="Then"/>): the name is what a ranking reports as separatedBy, so
    /// without one a separation would read as a tie, and with another rule's it would be credited to that rule.
    /// </summary>
    private static void CheckName(IRankingRule rule, ReadOnlySpan<IRankingRule> before, string paramName)
    {
        if (string.IsNullOrWhiteSpace(rule.Name))
        {
            throw new ArgumentException($"The ranking rule {rule.GetType().Name} has no name.", paramName);
        }

        foreach (var earlier in before)
        {
            if (string.Equals(earlier.Name, rule.Name, StringComparison.Ordinal))
            {
                throw new ArgumentException($"A ranking rule named '{rule.Name}' is already in the policy; ranking rules need distinct names.", paramName);
            }
        }
    }
}
