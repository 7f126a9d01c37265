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

        // Checked here rather than when the policy is built at start-up, so that the exception points at this call.
        // Keyed descriptors throw on ImplementationInstance; ours are never keyed.
        var names = RankingPolicy.Default.Rules.Select(r => r.Name)
            .Concat(Services.Where(d => !d.IsKeyedService).Select(d => d.ImplementationInstance).OfType<RankingRuleRegistration>().Select(r => r.Rule.Name));
        if (names.Contains(rule.Name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"A ranking rule named '{rule.Name}' is already in the policy; ranking rules need distinct names.", nameof(rule));
        }

        Services.AddSingleton(new RankingRuleRegistration(rule));
        return this;
    }
}
