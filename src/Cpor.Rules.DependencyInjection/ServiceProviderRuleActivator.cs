using Microsoft.Extensions.DependencyInjection;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.DependencyInjection;

/// <summary>
/// NRules' rule activator over the container: a rule type registered as a service is taken from it; otherwise a new
/// instance is made whose constructor arguments come from the container.
/// </summary>
internal sealed class ServiceProviderRuleActivator(IServiceProvider services) : IRuleActivator
{
    public IEnumerable<Rule> Activate(Type type)
    {
        yield return (Rule)ActivatorUtilities.GetServiceOrCreateInstance(services, type);
    }
}
