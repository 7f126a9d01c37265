namespace Cpor.Rules.Engine.Runtime;

/// <summary><c>JoinAll</c>: one hash probe; pushes the partial match extended with all facts of that key (possibly none).</summary>
internal sealed class JoinAllNode<TTuple, T, TKey, TOut>(
    RuleInfo rule,
    Func<TTuple, object?[]> describe,
    IndexSlot<T, TKey> index,
    Func<TTuple, TKey> key,
    Func<TTuple, Matches<T>, TOut> combine,
    Node<TOut> next) : Node<TTuple>(rule, describe)
    where TKey : notnull
{
    public override void Push(TTuple item, Session session)
    {
        Matches<T> matches;
        try
        {
            matches = session.Find(index, key(item));
        }
        catch (Exception ex)
        {
            session.Fault(Rule, Describe(item), ex);
            return;
        }

        next.Push(combine(item, matches), session);
    }
}
