using Cpor.Rules.Arbitration;

namespace Cpor.Rules.DependencyInjection;

/// <summary>A ranking rule added through <see cref="ICporRulesBuilder"/>; registrations keep the order they were added in.</summary>
/// <param name="rule">The ranking rule.</param>
internal sealed class RankingRuleRegistration(IRankingRule rule)
{
    public IRankingRule Rule { get; } = rule;
}
