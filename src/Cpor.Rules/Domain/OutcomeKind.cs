using Ardalis.SmartEnum;

namespace Cpor.Rules.Domain;

/// <summary>
/// The outcome of a claim or of one claim line, by its contract name: what each outcome means is said here once.
/// A claim's <see cref="ClaimOutcome"/> is the case of the same name carrying the claim's findings; a line is never
/// <see cref="PartiallyEligible"/>. The values are ordered from best to most pressing for display only: which outcome a
/// claim gets follows the outcome precedence of the rule set (Blocking findings, then faults, then ActionRequired
/// findings, then arbitration).
/// </summary>
public sealed class OutcomeKind : SmartEnum<OutcomeKind>
{
    /// <summary>Every line is eligible (won or uncontested in arbitration). Findings, if any, are advisories.</summary>
    public static readonly OutcomeKind Eligible = new(nameof(Eligible), 0, findings => new ClaimOutcome(new Domain.Eligible(findings)));

    /// <summary>Some lines are eligible and the others rejected: reviewers ask the partner to remove the rejected products.</summary>
    public static readonly OutcomeKind PartiallyEligible = new(nameof(PartiallyEligible), 1, findings => new ClaimOutcome(new Domain.PartiallyEligible(findings)));

    /// <summary>The partner must act (usually on the proof of execution) before a decision can be made.</summary>
    public static readonly OutcomeKind ActionRequired = new(nameof(ActionRequired), 2, findings => new ClaimOutcome(new Domain.ActionRequired(findings)));

    /// <summary>A reviewer decides: a line ties for first place in arbitration, or a rule failed while judging the claim.</summary>
    public static readonly OutcomeKind UnderReview = new(nameof(UnderReview), 3, findings => new ClaimOutcome(new Domain.UnderReview(findings)));

    /// <summary>Not eligible: for a claim, every line is rejected.</summary>
    public static readonly OutcomeKind Rejected = new(nameof(Rejected), 4, findings => new ClaimOutcome(new Domain.Rejected(findings)));

    private readonly Func<IReadOnlyList<Finding>, ClaimOutcome> _outcome;

    private OutcomeKind(string name, int value, Func<IReadOnlyList<Finding>, ClaimOutcome> outcome)
        : base(name, value)
    {
        _outcome = outcome;
    }

    /// <summary>Parses a contract name (exact spelling, for example <c>PartiallyEligible</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="name"/> is not an outcome; the message names it.</exception>
    public static OutcomeKind Parse(string name) => ContractNames.Parse<OutcomeKind>(name);

    /// <summary>Tries to parse a contract name (exact spelling).</summary>
    public static bool TryParse(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OutcomeKind? result)
        => ContractNames.TryParse(name, out result);

    /// <summary>The claim outcome of this kind carrying <paramref name="findings"/> (a new case each time).</summary>
    internal ClaimOutcome With(IReadOnlyList<Finding> findings) => _outcome(findings);
}
