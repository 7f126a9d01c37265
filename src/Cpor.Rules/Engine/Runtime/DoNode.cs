namespace Cpor.Rules.Engine.Runtime;

/// <summary><c>Do</c>: an action with side effects only; it yields no fact.</summary>
internal sealed class DoNode<TTuple>(RuleInfo rule, Func<TTuple, object?[]> describe, Action<TTuple> action)
    : Node<TTuple>(rule, describe)
{
    public override void Push(TTuple item, Session session)
    {
        try
        {
            action(item);
        }
        catch (Exception ex)
        {
            session.Fault(Rule, Describe(item), ex);
            return;
        }

        if (session.Tracing)
        {
            session.RecordFiring(Rule, Describe(item), []);
        }
    }
}
