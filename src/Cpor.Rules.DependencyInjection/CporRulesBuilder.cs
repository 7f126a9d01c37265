using System.Diagnostics.CodeAnalysis;
using Cpor.Rules.Arbitration;
using NRules.Fluent.Dsl;
using Microsoft.Extensions.DependencyInjection;

namespace Cpor.Rules.DependencyInjection;

/// <summary>Registers rules as <see cref="RuleRegistration"/> and <see cref="RankingRuleRegistration"/> singletons, read when the rule set is compiled.</summary>
internal sealed class CporRulesBuilder(IServiceCollection services) : ICporRulesBuilder
{
    public IServiceCollection Services { get; } = services;

    public ICporRulesBuilder AddRule<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TRule>()
        where TRule : Rule
    {
        Services.AddSingleton(RuleRegistration.ForType(typeof(TRule)));
        return this;
    }

    public ICporRulesBuilder AddRule(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Services.AddSingleton(RuleRegistration.ForInstance(rule));
        return this;
    }

    public ICporRulesBuilder AddRankingRule(IRankingRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);

        // Checked here rather than when the policy is built at start-up, so that the exception points at this call; by
        // the policy's own check, on the policy the rules registered so far make. Keyed descriptors throw on
        // ImplementationInstance; ours are never keyed.
        var registered = Services.Where(d => !d.IsKeyedService).Select(d => d.ImplementationInstance).OfType<RankingRuleRegistration>();
        _ = RankingRuleRegistration.Policy(registered).Then(rule);

        Services.AddSingleton(new RankingRuleRegistration(rule));
        return this;
    }
}
