namespace Cpor.Rules.Engine.Runtime;

/// <summary><c>Join</c>: one hash probe per partial match; pushes one extended match per fact with the same key.</summary>
internal sealed class JoinNode<TTuple, T, TKey, TOut>(
    RuleInfo rule,
    Func<TTuple, object?[]> describe,
    IndexSlot<T, TKey> index,
    Func<TTuple, TKey> key,
    Func<TTuple, T, TOut> combine,
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

        foreach (var match in matches)
        {
            next.Push(combine(item, match), session);
        }
    }
}
