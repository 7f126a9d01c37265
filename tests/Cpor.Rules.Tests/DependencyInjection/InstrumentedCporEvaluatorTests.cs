using System.Diagnostics.Metrics;
using Cpor.Rules.DependencyInjection;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Tests.Samples;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.DependencyInjection;

public sealed class InstrumentedCporEvaluatorTests
{
    /// <summary>Two eligible claims (a Business Applications and a Microsoft 365 one) and one rejected (the submitter's role).</summary>
    private static Claim[] MixedBatch =>
    [
        Claim(Raw("C-1")),
        Claim(Raw("C-2") with { PartnerId = Rival.ToString(), SubmittedBy = "IncentivesUser" }),
        Claim(RawM365("C-3")),
    ];

    [Fact]
    public void EvaluateBatch_Listened_CountsClaimsAndOutcomesByKindAndTimesTheBatch()
    {
        using var provider = Provider();
        var meters = provider.GetRequiredService<IMeterFactory>();
        using var claims = new MetricCollector<long>(meters, CporRulesTelemetry.MeterName, CporRulesTelemetry.ClaimsEvaluated);
        using var outcomes = new MetricCollector<long>(meters, CporRulesTelemetry.MeterName, CporRulesTelemetry.Outcomes);
        using var duration = new MetricCollector<double>(meters, CporRulesTelemetry.MeterName, CporRulesTelemetry.BatchDuration);

        provider.GetRequiredService<ICporEvaluator>().EvaluateBatch(MixedBatch, Facts());

        Assert.Equal(3, claims.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.Equal(
            [("Eligible", 2L), ("Rejected", 1L)],
            outcomes.GetMeasurementSnapshot().Select(m => ((string)m.Tags[CporRulesTelemetry.OutcomeTag]!, m.Value)).OrderBy(t => t.Item1, StringComparer.Ordinal));
        Assert.True(Assert.Single(duration.GetMeasurementSnapshot()).Value >= 0);
        Assert.Equal("ms", duration.Instrument!.Unit);
    }

    [Fact]
    public void Evaluate_Listened_CountsOneClaimTaggedWithItsOutcome()
    {
        using var provider = Provider();
        var meters = provider.GetRequiredService<IMeterFactory>();
        using var claims = new MetricCollector<long>(meters, CporRulesTelemetry.MeterName, CporRulesTelemetry.ClaimsEvaluated);
        using var outcomes = new MetricCollector<long>(meters, CporRulesTelemetry.MeterName, CporRulesTelemetry.Outcomes);
        using var duration = new MetricCollector<double>(meters, CporRulesTelemetry.MeterName, CporRulesTelemetry.BatchDuration);
        var evaluator = provider.GetRequiredService<ICporEvaluator>();

        evaluator.Evaluate(Claim(Raw()), Facts());
        evaluator.Evaluate(Claim(Raw() with { ProofOfExecution = null }), Facts());

        Assert.Equal(2, claims.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.Equal(
            [("Eligible", 1L), ("ActionRequired", 1L)],
            outcomes.GetMeasurementSnapshot().Select(m => ((string)m.Tags[CporRulesTelemetry.OutcomeTag]!, m.Value)));
        Assert.Equal(2, duration.GetMeasurementSnapshot().Count);
    }

    [Fact]
    public void EvaluateBatch_AnyOverload_DecidesExactlyAsTheRuleSet()
    {
        using var provider = Provider(services => services.AddCporRules().AddRankingRule(new LowestPartnerIdRanking()));
        var evaluator = provider.GetRequiredService<ICporEvaluator>();
        var claims = MixedBatch;

        var expected = Shape(evaluator.RuleSet.EvaluateBatch(claims, Facts()));

        Assert.Equal(expected, Shape(evaluator.EvaluateBatch(claims, Facts())));
        Assert.Equal(expected, Shape(evaluator.EvaluateBatch(claims, Facts(), Runs.Parallel)));
        Assert.Equal(expected[1], Shape(evaluator.Evaluate(claims[1], Facts())));
    }

    [Fact]
    public void EvaluateBatch_InformationEnabled_LogsTheOutcomeCounts()
    {
        using var provider = Provider(logLevel: LogLevel.Information);

        provider.GetRequiredService<ICporEvaluator>().EvaluateBatch(MixedBatch, Facts());

        var record = Assert.Single(provider.GetFakeLogCollector().GetSnapshot(), r => r.Id.Name == "BatchEvaluated");
        Assert.Equal(LogLevel.Information, record.Level);
        Assert.Equal(CporRulesTelemetry.MeterName, record.Category);
        Assert.StartsWith("Decided 3 claims in ", record.Message, StringComparison.Ordinal);
        Assert.EndsWith(": 2 eligible, 0 partially eligible, 0 action required, 0 under review, 1 rejected", record.Message, StringComparison.Ordinal);
        Assert.Contains(record.StructuredState!, kv => kv.Key == "ClaimCount" && kv.Value == "3");
    }

    [Fact]
    public void Evaluate_DebugEnabled_LogsTheDecision()
    {
        using var provider = Provider(logLevel: LogLevel.Debug);

        provider.GetRequiredService<ICporEvaluator>().Evaluate(Claim(Raw("C-7") with { SubmittedBy = "IncentivesUser" }), Facts());

        var record = Assert.Single(provider.GetFakeLogCollector().GetSnapshot(), r => r.Id.Name == "ClaimEvaluated");
        Assert.Equal(LogLevel.Debug, record.Level);
        Assert.StartsWith("Decided claim C-7: Rejected with 1 finding(s) in ", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OnlyWarningsEnabled_LogsNothing()
    {
        using var provider = Provider(logLevel: LogLevel.Warning);
        var evaluator = provider.GetRequiredService<ICporEvaluator>();

        evaluator.Evaluate(Claim(Raw()), Facts());
        evaluator.EvaluateBatch(MixedBatch, Facts());

        Assert.Empty(provider.GetFakeLogCollector().GetSnapshot());
    }

    [Fact]
    public void EvaluateBatch_RuleThrows_OneWarningPerRuleWithTheFaultCountAndTheClaimsUnderReview()
    {
        using var provider = Provider(services => services.AddCporRules().AddRule<ThrowingRule>(), LogLevel.Information);

        var result = provider.GetRequiredService<ICporEvaluator>().EvaluateBatch(MixedBatch, Facts());

        Assert.All(result.Decisions, d => Assert.True(d.Kind == OutcomeKind.UnderReview || d.Findings.Any(f => f.Severity == Severity.Blocking), d.ToString()));
        Assert.All(result.Decisions, d => Assert.Contains(d.Findings, f => f.Code == FindingCode.EvaluationFault && f.Detail == "rule ACME-666 failed"));
        var warning = Assert.Single(provider.GetFakeLogCollector().GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Equal("RuleFaulted", warning.Id.Name);
        Assert.StartsWith("Rule ACME-666 threw 3 time(s) while evaluating", warning.Message, StringComparison.Ordinal);
        Assert.Equal("defect", warning.Exception!.Message);
    }

    [Fact]
    public void Evaluate_RuleThrows_WarnsForTheSingleClaimToo()
    {
        using var provider = Provider(services => services.AddCporRules().AddRule<ThrowingRule>(), LogLevel.Warning);

        var decision = provider.GetRequiredService<ICporEvaluator>().Evaluate(Claim(Raw()), Facts());

        Assert.Equal(OutcomeKind.UnderReview, decision.Kind);
        Assert.StartsWith("Rule ACME-666 threw 1 time(s)", Assert.Single(provider.GetFakeLogCollector().GetSnapshot()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ContainerWithoutLoggingOrMetrics_StillDecides()
    {
        using var provider = new ServiceCollection().AddCporRules().Services.BuildServiceProvider();

        var decision = provider.GetRequiredService<ICporEvaluator>().Evaluate(Claim(Raw()), Facts());

        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
    }

    [Fact]
    public void Evaluate_NullArguments_ThrowWithTheArgumentName()
    {
        using var provider = Provider();
        var evaluator = provider.GetRequiredService<ICporEvaluator>();

        Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => evaluator.Evaluate(null!, Facts())).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => evaluator.Evaluate(Claim(Raw()), null!)).ParamName);
        Assert.Equal("claims", Assert.Throws<ArgumentNullException>(() => evaluator.EvaluateBatch(null!, Facts())).ParamName);
    }

    private static ServiceProvider Provider(Action<IServiceCollection>? register = null, LogLevel logLevel = LogLevel.Information)
    {
        var services = new ServiceCollection();
        services.AddMetrics();
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(logLevel));
        if (register is null)
        {
            services.AddCporRules();
        }
        else
        {
            register(services);
        }

        return services.BuildServiceProvider();
    }

    private static List<string> Shape(BatchResult result) => [.. result.Decisions.Select(Shape)];

    private static string Shape(ClaimDecision decision) => $"{decision.ClaimId}:{decision.Kind.Name}:{string.Join(",", decision.Codes())}";
}
