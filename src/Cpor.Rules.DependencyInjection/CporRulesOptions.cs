using Cpor.Rules.Eligibility;

namespace Cpor.Rules.DependencyInjection;

/// <summary>
/// The bindable form of <see cref="CporOptions"/>: plain settable properties that configuration binds to (section
/// <see cref="SectionName"/> by convention). <c>AddCporRules</c> validates them at start-up and compiles the rule set
/// with the equivalent <see cref="CporOptions"/>; they are read once, so a change needs a restart.
/// </summary>
public sealed class CporRulesOptions
{
    /// <summary>The configuration section these options are conventionally bound from: <c>Cpor</c>.</summary>
    public const string SectionName = "Cpor";

    /// <summary>
    /// How old, in months before the submission date, a PoE acknowledgment may be (CPOR-019). Defaults to 12; must be
    /// between <see cref="CporOptions.MinPoeAgeLimitMonths"/> (1) and <see cref="CporOptions.MaxPoeAgeLimitMonths"/> (120). See <see cref="CporOptions.PoeAgeLimitMonths"/>.
    /// </summary>
    public int PoeAgeLimitMonths { get; set; } = CporOptions.Default.PoeAgeLimitMonths;

    /// <summary>
    /// The date decisions are made as of, recorded in batch results (configuration form <c>yyyy-MM-dd</c>). Defaults to
    /// <see langword="null"/> (not stated). See <see cref="CporOptions.EvaluationDate"/>.
    /// </summary>
    public DateOnly? EvaluationDate { get; set; }

    /// <summary>
    /// The name of the culture findings are worded in for people, for example <c>en</c> or <c>ko-KR</c>. Defaults to
    /// <c>en</c>; must be a culture this system knows. See <see cref="CporOptions.Culture"/>.
    /// </summary>
    public string Culture { get; set; } = CporOptions.Default.Culture.Name;

    /// <summary>
    /// Whether each decision carries its explanation. Defaults to <see langword="true"/>; switch it off for batch speed.
    /// See <see cref="CporOptions.Explain"/>.
    /// </summary>
    public bool Explain { get; set; } = CporOptions.Default.Explain;
}
