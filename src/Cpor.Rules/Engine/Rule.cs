namespace Cpor.Rules.Engine;

/// <summary>
/// A production rule, written as a class: <see cref="Metadata"/> says what it is, <see cref="Define"/> says what it
/// matches (patterns over typed facts: match, join, not, exists, collect) and what it does (yields facts).
/// Rules hold no state between sessions; <see cref="Define"/> is called once, when the rule set is compiled.
/// </summary>
/// <example>
/// <code>
/// sealed class AdultRule : Rule
/// {
///     public override RuleMetadata Metadata { get; } = new("R-1", "Adults");
///
///     public override void Define(RuleBuilder rule)
///         => rule.Match&lt;Person&gt;(p => p.Age >= 18).Yield(p => new Adult(p));
/// }
/// </code>
/// </example>
public abstract class Rule
{
    /// <summary>The rule's id, name, priority, tags and basis.</summary>
    public abstract RuleMetadata Metadata { get; }

    /// <summary>Declares the rule's patterns and its action on <paramref name="rule"/>. Called once per compilation.</summary>
    /// <param name="rule">The builder to declare the rule on. A rule declares exactly one pattern chain ending in an action.</param>
    public abstract void Define(RuleBuilder rule);

    /// <inheritdoc />
    public override string ToString() => $"{Metadata.Id} {Metadata.Name}";
}
