using Cpor.Rules.Arbitration;

namespace Cpor.Rules.Evaluation;

/// <summary>
/// The policy a <see cref="CporRuleSet"/> is compiled with: what decides outcomes. Every property has a documented
/// default. What may vary from one evaluation to the next (the as-of date, explanations, threads) is not policy: it is
/// an <see cref="EvaluationOptions"/> argument of each evaluation, so one compiled rule set serves every call.
/// </summary>
public sealed record CporOptions
{
    /// <summary>The smallest <see cref="PoeAgeLimitMonths"/> accepted.</summary>
    public const int MinPoeAgeLimitMonths = 1;

    /// <summary>The largest <see cref="PoeAgeLimitMonths"/> accepted (ten years).</summary>
    public const int MaxPoeAgeLimitMonths = 120;

    private readonly int _poeAgeLimitMonths = 12;
    private readonly RankingPolicy _ranking = RankingPolicy.Default;

    /// <summary>The defaults.</summary>
    public static CporOptions Default { get; } = new();

    /// <summary>
    /// How old, in months before the submission date, a PoE acknowledgment may be (CPOR-019). Defaults to 12 (an
    /// assumption: the sources name no limit). A date exactly this many months before submission is still accepted.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than <see cref="MinPoeAgeLimitMonths"/> (1) or more than <see cref="MaxPoeAgeLimitMonths"/> (120).</exception>
    public int PoeAgeLimitMonths
    {
        get => _poeAgeLimitMonths;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, MinPoeAgeLimitMonths);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxPoeAgeLimitMonths);
            _poeAgeLimitMonths = value;
        }
    }

    /// <summary>How competing claims are ranked. Defaults to <see cref="RankingPolicy.Default"/> (PoE recency, then incumbency).</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public RankingPolicy Ranking
    {
        get => _ranking;
        init => _ranking = value ?? throw new ArgumentNullException(nameof(value));
    }
}
