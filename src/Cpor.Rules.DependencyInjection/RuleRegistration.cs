using NRules.Fluent.Dsl;

namespace Cpor.Rules.DependencyInjection;

/// <summary>A rule added through <see cref="ICporRulesBuilder"/>: a rule type, created when the rule set is compiled, or an instance.</summary>
internal sealed class RuleRegistration
{
    private RuleRegistration(Type? type, Rule? instance)
    {
        Type = type;
        Instance = instance;
    }

    /// <summary>The rule type, created by the container's <see cref="ServiceProviderRuleActivator"/>; <see langword="null"/> for an instance.</summary>
    public Type? Type { get; }

    /// <summary>The rule instance; <see langword="null"/> for a type.</summary>
    public Rule? Instance { get; }

    public static RuleRegistration ForType(Type type) => new(type, null);

    public static RuleRegistration ForInstance(Rule rule) => new(null, rule);
}
