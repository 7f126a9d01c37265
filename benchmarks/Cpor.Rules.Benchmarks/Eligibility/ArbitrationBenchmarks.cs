using BenchmarkDotNet.Attributes;
using Cpor.Rules.Benchmarks.Baseline;
using Cpor.Rules.Benchmarks.Data;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Benchmarks.Eligibility;

/// <summary>
/// Arbitration-heavy batches: every key of a Clean batch is claimed by a second partner with another PoE date, so
/// nearly every line is ranked. The cost above <see cref="BatchEligibilityBenchmarks"/>' Clean case is arbitration's.
/// </summary>
public class ArbitrationBenchmarks
{
    private FactSnapshot _facts = null!;
    private Claim[] _claims = null!;
    private HandWrittenEligibility _baseline = null!;
    private CporRuleSet _quiet = null!;

    /// <summary>Claims in the batch (half of them rivals).</summary>
    [Params(10_000, 100_000)]
    public int Size { get; set; }

    /// <summary>Builds the contested batch.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var batch = BatchGenerator.Generate(Size / 2, BatchShape.Clean);
        var partners = batch.Facts.Partners.Where(p => p.Account == PartnerAccount.Location).Select(p => p.Id.ToString()).ToArray();
        var rivals = batch.RawClaims.Select((raw, i) => raw with
        {
            ClaimId = raw.ClaimId + "-R",
            PartnerId = partners[(i * 31 + 7) % partners.Length] == raw.PartnerId ? partners[(i * 31 + 8) % partners.Length] : partners[(i * 31 + 7) % partners.Length],
            ProofOfExecution = raw.ProofOfExecution is null ? null : raw.ProofOfExecution with { CustomerAcknowledgedOn = i % 5 == 0 ? raw.ProofOfExecution.CustomerAcknowledgedOn : "2020-09-28" },
        });
        _claims = [.. batch.Claims, .. rivals.Select(Claim.FromUnvalidated)];
        _facts = batch.Facts;
        _baseline = new HandWrittenEligibility(_facts);
        _quiet = CporRuleSet.Default;
        _quiet.EvaluateBatch(_claims, _facts, Runs.Quiet);
    }

    /// <summary>Plain C#: dictionaries and loops.</summary>
    [Benchmark(Baseline = true)]
    public BaselineDecision[] HandWritten() => _baseline.Evaluate(_claims);

    /// <summary>The library on NRules, explanations off, one thread.</summary>
    [Benchmark]
    public BatchResult NRules() => _quiet.EvaluateBatch(_claims, _facts, Runs.Quiet);
}
