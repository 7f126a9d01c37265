namespace Cpor.Rules.Engine.Runtime;

/// <summary>
/// Root of <c>Collect</c>: groups the facts of <typeparamref name="T"/> that pass the filter by key, then pushes each
/// group, in the order its first member appears. Two passes and one array: linear in the facts.
/// </summary>
internal sealed class CollectSource<T, TKey>(
    RuleInfo rule,
    int typeSlot,
    Func<T, TKey> key,
    IEqualityComparer<TKey> comparer,
    Func<T, bool>? condition,
    Node<FactGroup<TKey, T>> next) : RuleSource
    where TKey : notnull
{
    public override void Run(Session session)
    {
        var (shared, own) = session.Facts<T>(typeSlot);
        var total = (shared?.Count ?? 0) + (own?.Count ?? 0);
        if (total == 0)
        {
            return;
        }

        var members = new T[total];
        var groupOf = new int[total];
        var groups = new Dictionary<TKey, int>(comparer);
        var keys = new List<TKey>();
        var counts = new List<int>();
        var kept = 0;
        Assign(shared, ref kept);
        Assign(own, ref kept);

        // Counting sort of the kept members by group, keeping fact order inside each group.
        var starts = new int[keys.Count + 1];
        for (var g = 0; g < keys.Count; g++)
        {
            starts[g + 1] = starts[g] + counts[g];
        }

        var sorted = new T[kept];
        var fill = (int[])starts.Clone();
        for (var i = 0; i < kept; i++)
        {
            sorted[fill[groupOf[i]]++] = members[i];
        }

        for (var g = 0; g < keys.Count; g++)
        {
            next.Push(new FactGroup<TKey, T>(keys[g], sorted, starts[g], counts[g]), session);
        }

        void Assign(FactList<T>? facts, ref int kept)
        {
            if (facts is null)
            {
                return;
            }

            var items = facts.Items;
            for (var i = 0; i < facts.Count; i++)
            {
                var fact = items[i];
                TKey factKey;
                try
                {
                    if (condition is not null && !condition(fact))
                    {
                        continue;
                    }

                    factKey = key(fact);
                }
                catch (Exception ex)
                {
                    session.Fault(rule, [fact], ex);
                    continue;
                }

                if (!groups.TryGetValue(factKey, out var group))
                {
                    group = keys.Count;
                    groups.Add(factKey, group);
                    keys.Add(factKey);
                    counts.Add(0);
                }

                counts[group]++;
                members[kept] = fact;
                groupOf[kept] = group;
                kept++;
            }
        }
    }
}
