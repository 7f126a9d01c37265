// The lifecycle sample of README.md and src/Cpor.Rules.Lifecycle/README.md, compiled and run by LifecycleSampleTests.
// Keep it equal to both README blocks between <!-- lifecycle-sample --> and <!-- /lifecycle-sample -->, using lines
// included.
using Cpor.Rules.Domain;
using Cpor.Rules.Lifecycle;

namespace Cpor.Rules.Tests.Samples;

internal static class LifecycleSample
{
    /// <summary>Runs the sample; what it prints goes to <paramref name="Console"/>.</summary>
    public static void Run(TextWriter Console)
    {
        var options = LifecycleOptions.Default with
        {
            Calendar = new BusinessCalendar([new DateOnly(2020, 12, 25), new DateOnly(2021, 1, 1)]),
        };
        var lifecycle = new ClaimLifecycle(TimeProvider.System, options);

        var claim = lifecycle.Start(ClaimId.Parse("C-1"));
        claim = lifecycle.AttachProofOfExecution(claim).AsT0;
        lifecycle.Submit(claim).Switch(
            submitted => Console.WriteLine($"Review starts by {lifecycle.GetTimeline(submitted).Current!.DueOn}"),
            invalid => Console.WriteLine(invalid.Message),
            noProof => Console.WriteLine(noProof.Message));
    }
}
