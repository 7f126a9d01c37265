using System.Globalization;
using Cpor.Rules.Arbitration;

namespace Cpor.Rules.Eligibility;

/// <summary>The policy a <see cref="CporRuleSet"/> is compiled with. Every property has a documented default.</summary>
public sealed record CporOptions
{
    /// <summary>The smallest <see cref="PoeAgeLimitMonths"/> accepted.</summary>
    public const int MinPoeAgeLimitMonths = 1;

    /// <summary>The largest <see cref="PoeAgeLimitMonths"/> accepted (ten years).</summary>
    public const int MaxPoeAgeLimitMonths = 120;

    private readonly int _poeAgeLimitMonths = 12;
    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo("en");
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

    /// <summary>
    /// The date decisions are made as of, recorded in batch results. Defaults to <see langword="null"/> (not stated).
    /// Rules judge PoE dates against each claim's own submission date, so this does not change outcomes.
    /// </summary>
    public DateOnly? EvaluationDate { get; init; }

    /// <summary>
    /// The culture findings are worded in when rendered for people (JSON documents, the command-line tool): Korean for
    /// any <c>ko</c> culture, English otherwise. Defaults to <c>en</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public CultureInfo Culture
    {
        get => _culture;
        init => _culture = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>How competing claims are ranked. Defaults to <see cref="RankingPolicy.Default"/> (PoE recency, then incumbency).</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public RankingPolicy Ranking
    {
        get => _ranking;
        init => _ranking = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Whether each decision carries its explanation (the rule firings on the claim's facts). Defaults to
    /// <see langword="true"/>; switch it off for batch speed: evaluation then records nothing.
    /// </summary>
    public bool Explain { get; init; } = true;
}
