namespace Cpor.Rules.Evaluation;

/// <summary>
/// How one evaluation runs: what may differ from call to call with the same compiled <see cref="CporRuleSet"/>. None
/// of it changes an outcome. Every property has a documented default; <see cref="Default"/> holds them all.
/// </summary>
public sealed record EvaluationOptions
{
    private readonly int _degreeOfParallelism = 1;

    /// <summary>The defaults: no as-of date, explanations as the evaluator's default (on), one thread.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>
    /// The date the decisions are made as of, recorded in the batch result (<see cref="BatchResult.AsOf"/>). Defaults
    /// to <see langword="null"/> (not stated). Rules judge PoE dates against each claim's own submission date, so this
    /// does not change outcomes.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>
    /// Whether each decision carries its explanation (the rule firings on the claim's facts). Defaults to
    /// <see langword="null"/>: the default of whoever runs the evaluation, which is <see langword="true"/> for
    /// <see cref="CporRuleSet"/> and the configured one for a service's evaluator. Set <see langword="false"/> for batch
    /// speed: the evaluation then subscribes to nothing and records nothing for explanations.
    /// </summary>
    public bool? Explain { get; init; }

    /// <summary>
    /// How many sessions (whole customer tenants each) to decide at once. Defaults to 1 (sequential). Every
    /// association key includes the tenant and a session holds whole tenants, so the result is the same for any value.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int DegreeOfParallelism
    {
        get => _degreeOfParallelism;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _degreeOfParallelism = value;
        }
    }

    /// <summary>
    /// Claims per session; <see cref="BatchEvaluator.SessionSize"/> unless a test asks for small sessions, so that small
    /// generated batches exercise many sessions, whole tenants and the parallel path.
    /// </summary>
    internal int SessionSize { get; init; } = BatchEvaluator.SessionSize;
}
