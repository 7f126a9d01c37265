using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.DependencyInjection;

/// <summary>
/// The bindable form of <see cref="CporOptions"/>: plain settable properties that configuration binds to (section
/// <see cref="SectionName"/> by convention). <c>AddCporRules</c> validates them at start-up and compiles the rule set
/// with the equivalent <see cref="CporOptions"/>; they are read once, so a change needs a restart. <see cref="Explain"/>
/// is the default of each evaluation through <see cref="ICporEvaluator"/>.
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
    /// Whether decisions made through <see cref="ICporEvaluator"/> carry their explanation when the call leaves
    /// <see cref="EvaluationOptions.Explain"/> open (passes no options, or options without it). Defaults to <see langword="true"/>; switch it off for batch speed. See
    /// <see cref="EvaluationOptions.Explain"/>.
    /// </summary>
    public bool Explain { get; set; } = true;
}
