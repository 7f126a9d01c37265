using System.Diagnostics.Metrics;
using Cpor.Rules.DependencyInjection;
using Cpor.Rules.Domain;
using Cpor.Rules.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Cpor.Rules.Tests.DependencyInjection;

public sealed class CporMetricsTests
{
    [Fact]
    public void DurationEnabled_NobodyListens_IsFalseSoTheClockIsNotRead()
    {
        using var provider = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var metrics = new CporMetrics(provider.GetRequiredService<IMeterFactory>());

        Assert.False(metrics.DurationEnabled);
    }

    [Fact]
    public void DurationEnabled_AHistogramListener_IsTrue()
    {
        using var provider = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = provider.GetRequiredService<IMeterFactory>();
        using var metrics = new CporMetrics(meters);
        using var duration = new MetricCollector<double>(meters, CporRulesTelemetry.MeterName, CporRulesTelemetry.BatchDuration);

        Assert.True(metrics.DurationEnabled);
    }

    [Fact]
    public void Record_EmptyOutcomes_AreNotReported()
    {
        using var provider = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = provider.GetRequiredService<IMeterFactory>();
        using var metrics = new CporMetrics(meters);
        using var outcomes = new MetricCollector<long>(meters, CporRulesTelemetry.MeterName, CporRulesTelemetry.Outcomes);

        metrics.Record(new Cpor.Rules.Evaluation.BatchSummary(Claims: 4, Eligible: 0, Rejected: 1, ActionRequired: 0, UnderReview: 2, PartiallyEligible: 1), 1.5);

        Assert.Equal(
            ["PartiallyEligible=1", "UnderReview=2", "Rejected=1"],
            outcomes.GetMeasurementSnapshot().Select(m => $"{m.Tags[CporRulesTelemetry.OutcomeTag]}={m.Value}"));
    }

    [Fact]
    public void Dispose_WithoutAFactory_DisposesItsOwnMeter()
    {
        var metrics = new CporMetrics(meterFactory: null);
        using var outcomes = new MetricCollector<long>(metrics.Meter, CporRulesTelemetry.Outcomes);
        metrics.Record(OutcomeKind.Eligible, 0);

        metrics.Dispose();
        metrics.Record(OutcomeKind.Eligible, 0);

        Assert.Single(outcomes.GetMeasurementSnapshot());
    }

    [Fact]
    public void Dispose_WithAFactory_LeavesTheFactorysMeterToTheFactory()
    {
        using var provider = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new CporMetrics(provider.GetRequiredService<IMeterFactory>());
        using var outcomes = new MetricCollector<long>(metrics.Meter, CporRulesTelemetry.Outcomes);

        metrics.Dispose();
        metrics.Record(OutcomeKind.Eligible, 0);

        Assert.Single(outcomes.GetMeasurementSnapshot());
        Assert.Same(provider.GetRequiredService<IMeterFactory>(), metrics.Meter.Scope);
    }
}
