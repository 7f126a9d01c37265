using Cpor.Rules.Arbitration;

namespace Cpor.Rules.DependencyInjection;

/// <summary>A ranking rule added through <see cref="ICporRulesBuilder"/>; registrations keep the order they were added in.</summary>
/// <param name="rule">The ranking rule.</param>
internal sealed class RankingRuleRegistration(IRankingRule rule)
{
    public IRankingRule Rule { get; } = rule;

    /// <summary>
    /// <see cref="RankingPolicy.Default"/> followed by the registered rules in the order they were added: the policy
    /// the rule set is compiled with, and the one a new registration is checked against.
    /// </summary>
    /// <exception cref="ArgumentException">A rule's name is blank or already in the policy.</exception>
    public static RankingPolicy Policy(IEnumerable<RankingRuleRegistration> registrations)
        => registrations.Aggregate(RankingPolicy.Default, (policy, registration) => policy.Then(registration.Rule));
}
