using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Benchmarks;

/// <summary>How the benchmarks run the library: without explanations (batch speed), on one thread or two.</summary>
internal static class Runs
{
    /// <summary>Explanations off, one thread.</summary>
    public static readonly EvaluationOptions Quiet = new() { Explain = false };

    /// <summary>Explanations off, sessions on two threads.</summary>
    public static readonly EvaluationOptions QuietParallel = Quiet with { DegreeOfParallelism = 2 };
}
