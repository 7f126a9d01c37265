using System.Diagnostics.Metrics;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.DependencyInjection;

/// <summary>
/// The evaluator's instruments. Every recording checks <see cref="Instrument.Enabled"/> first, so that with no
/// listener an evaluation pays one field read per instrument and builds no tags.
/// </summary>
internal sealed class CporMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _claims;
    private readonly Counter<long> _outcomes;
    private readonly Histogram<double> _duration;

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/>, or on a meter of its own when the container has no factory.</summary>
    public CporMetrics(IMeterFactory? meterFactory)
    {
        var options = new MeterOptions(CporRulesTelemetry.MeterName) { Version = typeof(CporMetrics).Assembly.GetName().Version?.ToString() };

        // A host registers IMeterFactory (AddMetrics); a bare ServiceCollection may not. The factory owns and disposes
        // its meters; one created here is disposed with this singleton.
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(options) ?? new Meter(options);
        _claims = _meter.CreateCounter<long>(CporRulesTelemetry.ClaimsEvaluated, "{claim}", "Claims evaluated.");
        _outcomes = _meter.CreateCounter<long>(CporRulesTelemetry.Outcomes, "{claim}", "Claim outcomes, by outcome.");
        _duration = _meter.CreateHistogram<double>(CporRulesTelemetry.BatchDuration, "ms", "How long an evaluation took.");
    }

    /// <summary>The meter the instruments are on.</summary>
    public Meter Meter => _meter;

    /// <summary>Whether anyone listens to the duration: only then is the clock worth reading.</summary>
    public bool DurationEnabled => _duration.Enabled;

    public void Record(BatchSummary summary, double elapsedMilliseconds)
    {
        if (_claims.Enabled)
        {
            _claims.Add(summary.Claims);
        }

        if (_outcomes.Enabled)
        {
            Outcome(OutcomeKind.Eligible, summary.Eligible);
            Outcome(OutcomeKind.PartiallyEligible, summary.PartiallyEligible);
            Outcome(OutcomeKind.ActionRequired, summary.ActionRequired);
            Outcome(OutcomeKind.UnderReview, summary.UnderReview);
            Outcome(OutcomeKind.Rejected, summary.Rejected);
        }

        if (_duration.Enabled)
        {
            _duration.Record(elapsedMilliseconds);
        }
    }

    public void Record(OutcomeKind outcome, double elapsedMilliseconds)
    {
        if (_claims.Enabled)
        {
            _claims.Add(1);
        }

        Outcome(outcome, 1);
        if (_duration.Enabled)
        {
            _duration.Record(elapsedMilliseconds);
        }
    }

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }

    private void Outcome(OutcomeKind outcome, int count)
    {
        if (count > 0 && _outcomes.Enabled)
        {
            _outcomes.Add(count, new KeyValuePair<string, object?>(CporRulesTelemetry.OutcomeTag, outcome.Name));
        }
    }
}
