using System.Diagnostics.Metrics;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Cpor.Rules.DependencyInjection;

/// <summary>Registers Cpor.Rules in a service collection.</summary>
public static class CporRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the CPOR rule set with the default options (<see cref="CporRulesOptions"/>); see
    /// <see cref="AddCporRules(IServiceCollection, Action{CporRulesOptions})"/> for what is registered.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder to add rules of your own.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static ICporRulesBuilder AddCporRules(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return AddCore(services, CporRulesOptions.SectionName);
    }

    /// <summary>
    /// Registers the CPOR rule set with options bound from <paramref name="configuration"/>, usually
    /// <c>configuration.GetSection("Cpor")</c> (keys <c>PoeAgeLimitMonths</c> and <c>Explain</c>). A key that names no option, or a value that cannot be converted, fails like an invalid option;
    /// see <see cref="AddCporRules(IServiceCollection, Action{CporRulesOptions})"/> for what is registered.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section holding the options.</param>
    /// <returns>A builder to add rules of your own.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ICporRulesBuilder AddCporRules(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration is IConfigurationSection section ? section.Path : string.Empty;
        var builder = AddCore(services, path);

        // A misspelt key would otherwise be ignored silently and leave its option at the default.
        services.AddOptions<CporRulesOptions>().Bind(configuration, binder => binder.ErrorOnUnknownConfiguration = true);
        return builder;
    }

    /// <summary>
    /// Registers the CPOR rule set with options set by <paramref name="configure"/>. Registered: the
    /// <see cref="CporRulesOptions"/>, validated at start-up (<c>ValidateOnStart</c>: a bad option fails the host's
    /// start with a message naming it); the <see cref="CporRuleSet"/> singleton, compiled once, also at start-up; and
    /// the <see cref="ICporEvaluator"/> singleton, which logs (category <c>Cpor.Rules</c>) and records metrics (meter
    /// <see cref="CporRulesTelemetry.MeterName"/>, from the container's <see cref="IMeterFactory"/> when it has one).
    /// Calling it again adds option settings and rules to the same registrations.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder to add rules of your own.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ICporRulesBuilder AddCporRules(this IServiceCollection services, Action<CporRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var builder = AddCore(services, CporRulesOptions.SectionName);
        services.Configure(configure);
        return builder;
    }

    private static CporRulesBuilder AddCore(IServiceCollection services, string sectionPath)
    {
        var builder = new CporRulesBuilder(services);
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<RuleSetCompilation>)))
        {
            // Registered by an earlier call (RuleSetCompilation is ours alone): only option settings and rules are added.
            return builder;
        }

        services.AddOptions<CporRulesOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<CporRulesOptions>>(new CporRulesOptionsValidator(sectionPath));
        services.AddOptions<RuleSetCompilation>()
            .Validate<IServiceProvider>(static (_, provider) =>
            {
                try
                {
                    provider.GetRequiredService<CporRuleSet>();
                }
                catch (OptionsValidationException)
                {
                    // Invalid options are reported once, by their own start-up validation.
                }

                return true;
            })
            .ValidateOnStart();

        services.AddSingleton(CporRuleSetFactory.Create);
        services.AddSingleton<ICporEvaluator>(static provider => new InstrumentedCporEvaluator(
            provider.GetRequiredService<CporRuleSet>(),
            EvaluationOptions.Default with { Explain = provider.GetRequiredService<IOptions<CporRulesOptions>>().Value.Explain },
            provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance,
            provider.GetService<IMeterFactory>()));
        return builder;
    }
}
