using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using Cpor.Rules.DependencyInjection;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cpor.Rules.Benchmarks.DependencyInjection;

/// <summary>
/// What the instrumented evaluator adds to one decision: nothing measurable while nobody listens (the goal: the same
/// time and the same allocations as the bare rule set), and the cost of the three instruments while a listener is on.
/// </summary>
[MemoryDiagnoser]
public class EvaluatorOverheadBenchmarks
{
    private readonly CporRuleSet _ruleSet = CporRuleSet.Default;
    private InstrumentedCporEvaluator _unobserved = null!;
    private InstrumentedCporEvaluator _observed = null!;
    private MeterListener _listener = null!;
    private Claim _claim = null!;
    private FactSnapshot _facts = null!;
    private long _measurements;

    [GlobalSetup]
    public void Setup()
    {
        var tenant = TenantId.Parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        var partner = PartnerId.Parse("4412345");
        _facts = FactSnapshot.Create(
            tenants: [new CustomerTenant(tenant, [CustomerDomain.Parse("contoso.onmicrosoft.com")], workloads: ["Teams"])],
            subscriptions: [new Subscription(SubscriptionId.Parse("9a0c3f25-04e0-4f89-41d3-0305e82c3301"), tenant, "Dynamics 365 Sales",
                                             isDynamics: true, PurchaseChannel.VolumeLicensing, SubscriptionState.Active)],
            partners: [new Partner(partner, PartnerAccount.Location, [SolutionArea.BusinessApplications])],
            associations: []);
        _claim = Claim.Create(
            ClaimId.Parse("C-1001"), partner, PartnerRole.IncentivesAdmin, tenant, CustomerDomain.Parse("contoso.onmicrosoft.com"),
            SolutionArea.BusinessApplications, Activity.PreSales, products: ["Dynamics 365 Sales"], submittedOn: new DateOnly(2020, 10, 1),
            proofOfExecution: new ProofOfExecution(new DateOnly(2020, 9, 15), describesPartnerService: true, ["Dynamics 365 Sales"]));

        _unobserved = new InstrumentedCporEvaluator(_ruleSet, EvaluationOptions.Default, NullLoggerFactory.Instance, meterFactory: null);
        _observed = new InstrumentedCporEvaluator(_ruleSet, EvaluationOptions.Default, NullLoggerFactory.Instance, meterFactory: null);
        var observedMeter = _observed.Metrics.Meter;
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter, observedMeter))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => _measurements += value);
        _listener.SetMeasurementEventCallback<double>((_, _, _, _) => _measurements++);
        _listener.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _listener.Dispose();
        _unobserved.Dispose();
        _observed.Dispose();
    }

    [Benchmark(Baseline = true, Description = "CporRuleSet.Evaluate")]
    public ClaimDecision RuleSet() => _ruleSet.Evaluate(_claim, _facts);

    [Benchmark(Description = "ICporEvaluator.Evaluate, nobody listening")]
    public ClaimDecision Unobserved() => _unobserved.Evaluate(_claim, _facts);

    [Benchmark(Description = "ICporEvaluator.Evaluate, metrics listened to")]
    public ClaimDecision Observed() => _observed.Evaluate(_claim, _facts);
}
