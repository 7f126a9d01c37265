using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Tests;

/// <summary>Evaluation options the tests share: explanations off (faster, and what batch callers use), one thread or two.</summary>
internal static class Runs
{
    public static readonly EvaluationOptions Quiet = new() { Explain = false };

    /// <summary>Two threads over sessions of two claims, so that even a handful of claims runs several sessions in parallel.</summary>
    public static readonly EvaluationOptions Parallel = new() { DegreeOfParallelism = 2, SessionSize = 2 };

    public static readonly EvaluationOptions QuietParallel = Quiet with { DegreeOfParallelism = 2 };
}
