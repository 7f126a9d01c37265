using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Cpor.Rules.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.DependencyInjection;

public sealed class CporRulesMetricsBuilderExtensionsTests
{
    [Fact]
    public void EnableCporRulesMetrics_RegisteredListener_ReceivesTheEvaluatorsMeasurements()
    {
        var listener = new RecordingListener();
        using var provider = Provider(metrics => metrics.AddListener(listener).EnableCporRulesMetrics());

        provider.GetRequiredService<ICporEvaluator>().Evaluate(Claim(Raw()), Facts());

        Assert.Equal(1, listener.Longs.GetValueOrDefault(CporRulesTelemetry.ClaimsEvaluated));
        Assert.Equal(1, listener.Longs.GetValueOrDefault(CporRulesTelemetry.Outcomes));
        Assert.True(listener.Doubles.ContainsKey(CporRulesTelemetry.BatchDuration));
    }

    [Fact]
    public void EnableCporRulesMetrics_NotCalled_TheListenerReceivesNothingFromCporRules()
    {
        var listener = new RecordingListener();
        using var provider = Provider(metrics => metrics.AddListener(listener));

        provider.GetRequiredService<ICporEvaluator>().Evaluate(Claim(Raw()), Facts());

        Assert.Empty(listener.Longs);
        Assert.Empty(listener.Doubles);
    }

    [Fact]
    public void EnableCporRulesMetrics_NullBuilder_ThrowsWithTheArgumentName()
    {
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => ((IMetricsBuilder)null!).EnableCporRulesMetrics()).ParamName);
    }

    private static ServiceProvider Provider(Action<IMetricsBuilder> metrics)
    {
        var services = new ServiceCollection();
        services.AddMetrics(metrics);
        services.AddCporRules();
        var provider = services.BuildServiceProvider();

        // What a host does when it starts: this also subscribes the metrics listeners.
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }

    /// <summary>Sums the measurements of the Cpor.Rules instruments it is given, by instrument name.</summary>
    private sealed class RecordingListener : IMetricsListener
    {
        public ConcurrentDictionary<string, long> Longs { get; } = new();

        public ConcurrentDictionary<string, double> Doubles { get; } = new();

        public string Name => "recording";

        public void Initialize(IObservableInstrumentsSource source)
        {
        }

        public bool InstrumentPublished(Instrument instrument, out object? userState)
        {
            userState = null;
            return instrument.Meter.Name == CporRulesTelemetry.MeterName;
        }

        public void MeasurementsCompleted(Instrument instrument, object? userState)
        {
        }

        public MeasurementHandlers GetMeasurementHandlers() => new()
        {
            LongHandler = (instrument, value, _, _) => Longs.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value),
            DoubleHandler = (instrument, value, _, _) => Doubles.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value),
        };
    }
}
