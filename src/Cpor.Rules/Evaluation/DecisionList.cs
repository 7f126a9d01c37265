using System.Collections;

namespace Cpor.Rules.Evaluation;

/// <summary>
/// <see cref="BatchResult.Decisions"/>: a decision is made when it is first read, and the same object is returned on
/// every later read (thread-safe).
/// </summary>
internal sealed class DecisionList(DecisionTable table) : IReadOnlyList<ClaimDecision>
{
    private ClaimDecision?[]? _made;

    public int Count => table.Count;

    public ClaimDecision this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, table.Count);
            var made = Volatile.Read(ref _made)
                ?? Interlocked.CompareExchange(ref _made, new ClaimDecision?[table.Count], null)
                ?? _made!;

            // Two threads may both make it; every reader gets the one that was kept.
            return Volatile.Read(ref made[index])
                ?? Interlocked.CompareExchange(ref made[index], table.DecisionAt(index), null)
                ?? made[index]!;
        }
    }

    /// <summary>
    /// The decision at <paramref name="index"/> for a reader that looks once and lets go (a writer): the kept one when
    /// it was read before, otherwise one that is not kept, so that writing a batch does not make it grow.
    /// </summary>
    public ClaimDecision Peek(int index)
    {
        var made = Volatile.Read(ref _made);
        return (made is null ? null : Volatile.Read(ref made[index])) ?? table.DecisionAt(index);
    }

    public IEnumerator<ClaimDecision> GetEnumerator()
    {
        for (var i = 0; i < table.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
