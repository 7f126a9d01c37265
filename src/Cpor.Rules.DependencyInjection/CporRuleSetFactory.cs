using System.Diagnostics;
using Cpor.Rules.Arbitration;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cpor.Rules.DependencyInjection;

/// <summary>Compiles the singleton <see cref="CporRuleSet"/> from the validated options and the rules added through the builder.</summary>
internal static class CporRuleSetFactory
{
    public static CporRuleSet Create(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<CporRulesOptions>>().Value;
        var ranking = RankingRuleRegistration.Policy(services.GetServices<RankingRuleRegistration>());

        // Rule types come from NRules' activator over the container: their constructor arguments are services.
        var activator = new ServiceProviderRuleActivator(services);
        var rules = services.GetServices<RuleRegistration>()
            .SelectMany(r => r.Instance is { } instance ? [instance] : Activate(activator, r.Type!))
            .ToList();
        var options = ToCporOptions(settings, ranking);

        var started = Stopwatch.GetTimestamp();
        var ruleSet = CporRuleSet.Create(options, rules);
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(CporRulesTelemetry.MeterName);
        if (logger is not null)
        {
            CporLog.RuleSetCompiled(logger, CporRuleSet.Name, ruleSet.Rules.Count, rules.Count, ranking.Rules.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return ruleSet;
    }

    /// <summary>Creates a rule type's rules; a type the container cannot create is a rule set that cannot be built.</summary>
    private static IReadOnlyList<NRules.Fluent.Dsl.Rule> Activate(ServiceProviderRuleActivator activator, Type type)
    {
        try
        {
            return [.. activator.Activate(type)];
        }
        catch (Exception ex) when (ex is InvalidOperationException or MissingMethodException)
        {
            throw new RuleSetException($"The rule type {type.FullName} could not be created from the container: {ex.Message}", ex);
        }
    }

    /// <summary>The immutable policy for validated settings (the validator has checked the month range).</summary>
    internal static CporOptions ToCporOptions(CporRulesOptions settings, RankingPolicy ranking) => new()
    {
        PoeAgeLimitMonths = settings.PoeAgeLimitMonths,
        Ranking = ranking,
    };
}
