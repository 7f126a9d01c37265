using Cpor.Rules.Engine;

namespace Cpor.Rules.DependencyInjection;

/// <summary>A rule added through <see cref="ICporRulesBuilder"/>, created when the rule set is compiled.</summary>
/// <param name="create">Creates the rule from the root provider.</param>
internal sealed class RuleRegistration(Func<IServiceProvider, Rule> create)
{
    public Rule Create(IServiceProvider services) => create(services);
}
