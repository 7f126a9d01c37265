using Ardalis.SmartEnum;

namespace Cpor.Rules.Domain;

/// <summary>
/// The outcome of a claim or of one claim line, by name. A line is never <see cref="PartiallyEligible"/>.
/// The values are ordered from best to most pressing only for display; precedence is described on each claim outcome.
/// </summary>
public sealed class OutcomeKind : SmartEnum<OutcomeKind>
{
    /// <summary>Every line is eligible (won or uncontested in arbitration).</summary>
    public static readonly OutcomeKind Eligible = new(nameof(Eligible), 0);

    /// <summary>Some lines are eligible and some rejected: reviewers ask the partner to remove the rejected products.</summary>
    public static readonly OutcomeKind PartiallyEligible = new(nameof(PartiallyEligible), 1);

    /// <summary>The partner must act before a decision can be made.</summary>
    public static readonly OutcomeKind ActionRequired = new(nameof(ActionRequired), 2);

    /// <summary>A tie for first place in arbitration: a reviewer decides.</summary>
    public static readonly OutcomeKind UnderReview = new(nameof(UnderReview), 3);

    /// <summary>Not eligible.</summary>
    public static readonly OutcomeKind Rejected = new(nameof(Rejected), 4);

    private OutcomeKind(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>Parses a contract name (exact spelling, for example <c>PartiallyEligible</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="name"/> is not an outcome; the message names it.</exception>
    public static OutcomeKind Parse(string name) => ContractNames.Parse<OutcomeKind>(name);

    /// <summary>Tries to parse a contract name (exact spelling).</summary>
    public static bool TryParse(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OutcomeKind? result)
        => ContractNames.TryParse(name, out result);
}
