namespace Cpor.Rules.Eligibility;

/// <summary>One firing of a rule on a claim's facts, recorded when the evaluation explains itself.</summary>
/// <param name="RuleId">The rule's id (its NRules name).</param>
/// <param name="Facts">The facts the rule matched, in pattern order (<see cref="ClaimFact"/>, <see cref="LineFact"/>, and for arbitration the contenders and contests).</param>
/// <param name="Produced">What the firing derived: the findings it reported, or the ranking it made (empty when it derived nothing visible).</param>
public sealed record RuleFiring(string RuleId, IReadOnlyList<object> Facts, IReadOnlyList<object> Produced);
