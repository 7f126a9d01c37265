namespace Cpor.Rules.Engine.Runtime;

/// <summary>
/// One step of a compiled rule's chain. A node receives partial matches (a fact, or a tuple of facts) and pushes
/// the ones that pass on to the next node; the last node is the rule's action.
/// </summary>
/// <typeparam name="TTuple">The partial match: the first fact, or a value tuple of the facts matched so far.</typeparam>
internal abstract class Node<TTuple>
{
    protected Node(RuleInfo rule, Func<TTuple, object?[]> describe)
    {
        Rule = rule;
        Describe = describe;
    }

    public RuleInfo Rule { get; }

    /// <summary>The matched facts of a partial match, for firings and faults (used only when tracing or failing).</summary>
    public Func<TTuple, object?[]> Describe { get; }

    public abstract void Push(TTuple item, Session session);
}
