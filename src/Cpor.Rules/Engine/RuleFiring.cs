namespace Cpor.Rules.Engine;

/// <summary>One firing of a rule, recorded when tracing is on: which rule fired, on which facts, producing what.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Facts">The matched facts, in pattern order (a collected group or a join's matches count as one).</param>
/// <param name="Produced">The facts the firing yielded (empty for an action that yields nothing).</param>
public sealed record RuleFiring(string RuleId, IReadOnlyList<object?> Facts, IReadOnlyList<object?> Produced);
