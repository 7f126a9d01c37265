namespace Cpor.Rules.Eligibility.Rules;

/// <summary>What a catalogue rule judges: a claim-level finding applies to every line of the claim.</summary>
internal enum RuleScope
{
    Claim,
    Line,
}
