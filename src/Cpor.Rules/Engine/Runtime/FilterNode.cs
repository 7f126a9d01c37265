namespace Cpor.Rules.Engine.Runtime;

/// <summary><c>Where</c>: passes on the partial matches that satisfy a condition.</summary>
internal sealed class FilterNode<TTuple>(RuleInfo rule, Func<TTuple, object?[]> describe, Func<TTuple, bool> condition, Node<TTuple> next)
    : Node<TTuple>(rule, describe)
{
    public override void Push(TTuple item, Session session)
    {
        bool pass;
        try
        {
            pass = condition(item);
        }
        catch (Exception ex)
        {
            session.Fault(Rule, Describe(item), ex);
            return;
        }

        if (pass)
        {
            next.Push(item, session);
        }
    }
}
