namespace Cpor.Rules.Engine;

/// <summary>
/// A condition, key or action that threw. The session records it and goes on with every other fact and rule:
/// one bad fact never sinks the evaluation of the rest.
/// </summary>
/// <param name="RuleId">The rule whose code threw.</param>
/// <param name="Facts">The facts it was evaluating, in pattern order.</param>
/// <param name="Exception">What was thrown.</param>
public sealed record RuleFault(string RuleId, IReadOnlyList<object?> Facts, Exception Exception);
