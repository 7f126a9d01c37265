namespace Cpor.Rules.Engine.Runtime;

/// <summary>
/// <c>Exists</c> and <c>Not</c>: one hash probe, then a scan of that key's facts only for the optional condition.
/// Passes the partial match on when a matching fact exists (or, negated, when none does).
/// </summary>
internal sealed class ExistsNode<TTuple, T, TKey>(
    RuleInfo rule,
    Func<TTuple, object?[]> describe,
    IndexSlot<T, TKey> index,
    Func<TTuple, TKey> key,
    Func<TTuple, T, bool>? condition,
    bool negate,
    Node<TTuple> next) : Node<TTuple>(rule, describe)
    where TKey : notnull
{
    public override void Push(TTuple item, Session session)
    {
        bool exists;
        try
        {
            exists = Exists(item, session);
        }
        catch (Exception ex)
        {
            session.Fault(Rule, Describe(item), ex);
            return;
        }

        if (exists != negate)
        {
            next.Push(item, session);
        }
    }

    private bool Exists(TTuple item, Session session)
    {
        var matches = session.Find(index, key(item));
        if (condition is null)
        {
            return !matches.IsEmpty;
        }

        foreach (var match in matches)
        {
            if (condition(item, match))
            {
                return true;
            }
        }

        return false;
    }
}
