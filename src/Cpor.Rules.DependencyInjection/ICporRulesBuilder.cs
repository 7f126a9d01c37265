using System.Diagnostics.CodeAnalysis;
using Cpor.Rules.Arbitration;
using Cpor.Rules.Evaluation;
using NRules.Fluent.Dsl;
using Microsoft.Extensions.DependencyInjection;

namespace Cpor.Rules.DependencyInjection;

/// <summary>
/// Adds your own rules to the rule set that <c>AddCporRules</c> registers. Everything added here is compiled into the
/// one <see cref="CporRuleSet"/> singleton, at start-up.
/// </summary>
public interface ICporRulesBuilder
{
    /// <summary>The service collection the rules are registered in.</summary>
    IServiceCollection Services { get; }

    /// <summary>
    /// Adds a rule of your own, created from the container once, when the rule set is compiled: a registered
    /// <typeparamref name="TRule"/> if there is one, otherwise a new instance whose constructor arguments are resolved
    /// from the root provider (so they must be singletons). Its findings take part in every decision like a catalogue
    /// rule's.
    /// </summary>
    /// <typeparam name="TRule">The rule's type.</typeparam>
    /// <returns>This builder.</returns>
    ICporRulesBuilder AddRule<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TRule>()
        where TRule : Rule;

    /// <summary>Adds a rule of your own, as an instance. Its findings take part in every decision like a catalogue rule's.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    ICporRulesBuilder AddRule(Rule rule);

    /// <summary>
    /// Appends a ranking rule to the arbitration policy: it is consulted after <see cref="RankingPolicy.Default"/>'s rules
    /// (PoE recency, then incumbency) and any ranking rule added before it, to separate contenders they tie.
    /// </summary>
    /// <param name="rule">The ranking rule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The rule's name is null or blank, or a ranking rule of the same name is already in the policy.</exception>
    ICporRulesBuilder AddRankingRule(IRankingRule rule);
}
