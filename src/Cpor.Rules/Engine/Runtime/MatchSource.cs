namespace Cpor.Rules.Engine.Runtime;

/// <summary>Root of <c>Match&lt;T&gt;</c>: every fact of <typeparamref name="T"/> (shared facts first, then the session's), filtered.</summary>
internal sealed class MatchSource<T>(RuleInfo rule, int typeSlot, Func<T, bool>? condition, Node<T> next) : RuleSource
{
    public override void Run(Session session)
    {
        var (shared, own) = session.Facts<T>(typeSlot);
        if (shared is not null)
        {
            Walk(shared, session);
        }

        if (own is not null)
        {
            Walk(own, session);
        }
    }

    private void Walk(FactList<T> facts, Session session)
    {
        var items = facts.Items;
        var count = facts.Count;
        for (var i = 0; i < count; i++)
        {
            var fact = items[i];
            try
            {
                if (condition is not null && !condition(fact))
                {
                    continue;
                }
            }
            catch (Exception ex)
            {
                session.Fault(rule, [fact], ex);
                continue;
            }

            next.Push(fact, session);
        }
    }
}
