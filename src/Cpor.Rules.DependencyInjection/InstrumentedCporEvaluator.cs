using System.Diagnostics;
using System.Diagnostics.Metrics;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Microsoft.Extensions.Logging;

namespace Cpor.Rules.DependencyInjection;

/// <summary>
/// Wraps the rule set with logging and metrics. The clock is read only when the duration is wanted (a histogram
/// listener or an enabled log level), so an unobserved evaluation costs the rule set's work and a few flag checks.
/// </summary>
internal sealed class InstrumentedCporEvaluator : ICporEvaluator, IDisposable
{
    private readonly ILogger _logger;
    private readonly CporMetrics _metrics;

    private readonly EvaluationOptions _defaults;

    public InstrumentedCporEvaluator(CporRuleSet ruleSet, EvaluationOptions defaults, ILoggerFactory loggerFactory, IMeterFactory? meterFactory)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(defaults);
        _defaults = defaults;
        ArgumentNullException.ThrowIfNull(loggerFactory);
        RuleSet = ruleSet;
        _logger = loggerFactory.CreateLogger(CporRulesTelemetry.MeterName);
        _metrics = new CporMetrics(meterFactory);
    }

    public CporRuleSet RuleSet { get; }

    /// <summary>The instruments (for tests and benchmarks that listen to this evaluator alone).</summary>
    internal CporMetrics Metrics => _metrics;

    public ClaimDecision Evaluate(Claim claim, FactSnapshot facts, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var started = Start(LogLevel.Debug);

        // A batch of one, as CporRuleSet.Evaluate does itself, so that rule faults can be reported here too.
        var result = RuleSet.EvaluateBatch([claim], facts, WithDefaults(options));
        var elapsed = Elapsed(started);
        var decision = result.Decisions[0];
        _metrics.Record(decision.Kind, elapsed);
        CporLog.ClaimEvaluated(_logger, decision.ClaimId?.Value, decision.Kind.Name, decision.Findings.Count, elapsed);
        ReportFaults(result);
        return decision;
    }

    public BatchResult EvaluateBatch(IEnumerable<Claim> claims, FactSnapshot facts, EvaluationOptions? options = null)
    {
        var started = Start(LogLevel.Information);
        var result = RuleSet.EvaluateBatch(claims, facts, WithDefaults(options));
        Report(result, Elapsed(started));
        return result;
    }

    public void Dispose() => _metrics.Dispose();

    /// <summary>The call's options, with the configured explanation default where the call leaves it open.</summary>
    private EvaluationOptions WithDefaults(EvaluationOptions? options)
        => options is null ? _defaults : options.Explain is null ? options with { Explain = _defaults.Explain } : options;

    private static double Elapsed(long started) => started == 0 ? 0 : Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    private long Start(LogLevel level) => _metrics.DurationEnabled || _logger.IsEnabled(level) ? Stopwatch.GetTimestamp() : 0;

    private void Report(BatchResult result, double elapsed)
    {
        var summary = result.Summary;
        _metrics.Record(summary, elapsed);
        CporLog.BatchEvaluated(_logger, summary.Claims, elapsed, summary.Eligible, summary.PartiallyEligible, summary.ActionRequired, summary.UnderReview, summary.Rejected);
        ReportFaults(result);
    }

    private void ReportFaults(BatchResult result)
    {
        if (result.Faults.Count > 0 && _logger.IsEnabled(LogLevel.Warning))
        {
            // One warning per faulty rule, not per fault: a defect that throws on every claim of a large batch would
            // otherwise flood the log.
            foreach (var rule in result.Faults.GroupBy(f => f.RuleId, StringComparer.Ordinal))
            {
                CporLog.RuleFaulted(_logger, rule.Key, rule.Count(), rule.First().Exception);
            }
        }
    }
}
