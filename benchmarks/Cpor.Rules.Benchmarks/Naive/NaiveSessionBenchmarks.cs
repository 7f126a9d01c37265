using BenchmarkDotNet.Attributes;
using Cpor.Rules.Benchmarks.Data;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using NRules;
using NRules.Fluent;

namespace Cpor.Rules.Benchmarks.Naive;

/// <summary>
/// What the design avoids: four snapshot checks written as NRules joins over raw facts in one session per batch grow
/// with claims x tenants; the library (all 27 catalogue rules and arbitration, facts resolved by lookups, sessions of a
/// few hundred claims) stays linear. Compare the per-claim cost as the batch grows tenfold.
/// </summary>
public class NaiveSessionBenchmarks
{
    private GeneratedBatch _batch = null!;
    private ISessionFactory _naive = null!;
    private CporRuleSet _library = null!;

    /// <summary>Claims in the batch (tenants: a quarter of that).</summary>
    [Params(1_000, 5_000, 10_000)]
    public int Size { get; set; }

    /// <summary>Generates the batch and compiles both rule sets.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _batch = BatchGenerator.Generate(Size, BatchShape.Mixed);
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NaiveTenantNotFoundRule), typeof(NaiveDomainTenantMismatchRule), typeof(NaiveUnknownPartnerRule), typeof(NaiveGlobalPartnerIdRule)));
        _naive = repository.Compile();
        _library = CporRuleSet.Default;
    }

    /// <summary>The library: every rule, linear by design.</summary>
    [Benchmark(Baseline = true)]
    public BatchResult Library() => _library.EvaluateBatch(_batch.Claims, _batch.Facts, Runs.Quiet);

    /// <summary>Four checks as NRules joins in one session for the whole batch.</summary>
    [Benchmark]
    public int NaiveJoinsOneSession()
    {
        var findings = NaiveFindings.Start();
        var session = _naive.CreateSession();
        session.InsertAll(_batch.Facts.Tenants);
        session.InsertAll(_batch.Facts.Partners);
        session.InsertAll(_batch.Claims);
        session.Fire();
        return findings.Count;
    }
}
