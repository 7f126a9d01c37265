using Microsoft.Extensions.Diagnostics.Metrics;

namespace Cpor.Rules.DependencyInjection;

/// <summary>Turns on the Cpor.Rules metrics for the listeners of <c>Microsoft.Extensions.Diagnostics</c> metrics.</summary>
public static class CporRulesMetricsBuilderExtensions
{
    /// <summary>
    /// Enables every instrument of the meter <see cref="CporRulesTelemetry.MeterName"/> for all listeners registered on
    /// <paramref name="builder"/>, for example <c>services.AddMetrics(m =&gt; m.EnableCporRulesMetrics())</c>.
    /// OpenTelemetry subscribes with its own <c>AddMeter("Cpor.Rules")</c> instead.
    /// </summary>
    /// <param name="builder">The metrics builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static IMetricsBuilder EnableCporRulesMetrics(this IMetricsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.EnableMetrics(CporRulesTelemetry.MeterName);
    }
}
