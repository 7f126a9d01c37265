using BenchmarkDotNet.Attributes;
using Cpor.Rules.Domain;
using Cpor.Rules.Lifecycle;

namespace Cpor.Rules.Benchmarks.Lifecycle;

/// <summary>A transition copies the history and a timeline replays it: both should stay cheap next to a rule evaluation.</summary>
[MemoryDiagnoser]
public class ClaimLifecycleBenchmarks
{
    private ClaimLifecycle _lifecycle = null!;
    private ClaimState _underReview = null!;
    private ClaimState _longHistory = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lifecycle = new ClaimLifecycle(TimeProvider.System);
        var claim = _lifecycle.AttachProofOfExecution(_lifecycle.Start(ClaimId.Parse("C-1"))).AsT0;
        _underReview = _lifecycle.StartReview(_lifecycle.Submit(claim).AsT0).AsT0;
        var longHistory = _underReview;
        for (var i = 0; i < 5; i++)
        {
            longHistory = _lifecycle.RequestPartnerAction(longHistory).AsT0;
            longHistory = _lifecycle.RecordPartnerResponse(longHistory).AsT0;
        }

        _longHistory = longHistory;
    }

    [Benchmark]
    public ClaimStatus RequestPartnerAction() => _lifecycle.RequestPartnerAction(_underReview).AsT0.Status;

    [Benchmark]
    public int TimelineOfFourteenEvents() => _lifecycle.GetTimeline(_longHistory).Clocks.Count;
}
