namespace Cpor.Rules.Engine.Runtime;

/// <summary><c>Yield</c>: the action that makes one new fact per match.</summary>
internal sealed class YieldNode<TTuple, TOut>(RuleInfo rule, Func<TTuple, object?[]> describe, int outputSlot, Func<TTuple, TOut> make)
    : Node<TTuple>(rule, describe)
{
    public override void Push(TTuple item, Session session)
    {
        TOut fact;
        try
        {
            fact = make(item);
            if (fact is null)
            {
                throw new InvalidOperationException($"Rule {Rule.Id} yielded null; yield a fact, or use YieldMany to yield none.");
            }
        }
        catch (Exception ex)
        {
            session.Fault(Rule, Describe(item), ex);
            return;
        }

        session.Output<TOut>(outputSlot).Add(fact);
        if (session.Tracing)
        {
            session.RecordFiring(Rule, Describe(item), [fact]);
        }
    }
}
