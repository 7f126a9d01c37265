namespace Cpor.Rules.Eligibility;

/// <summary>One firing of a rule on a claim's facts, recorded when the evaluation explains itself.</summary>
public sealed record RuleFiring
{
    internal RuleFiring(string ruleId, IReadOnlyList<object> facts, IReadOnlyList<object> produced)
    {
        RuleId = ruleId;
        Facts = facts;
        Produced = produced;
    }

    /// <summary>The rule's id (its NRules name).</summary>
    public string RuleId { get; }

    /// <summary>The facts the rule matched, in pattern order (<see cref="ClaimFact"/>, <see cref="LineFact"/>, and for arbitration the contenders and contests).</summary>
    public IReadOnlyList<object> Facts { get; }

    /// <summary>What the firing derived: the findings it reported, or the ranking it made (empty when it derived nothing visible).</summary>
    public IReadOnlyList<object> Produced { get; }
}
