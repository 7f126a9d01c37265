using System.Collections;

namespace Cpor.Rules.Evaluation;

/// <summary>
/// <see cref="BatchResult.Decisions"/>: a decision is made when it is first read, and the same object is returned on
/// every later read (thread-safe). A read-only <see cref="IList{T}"/> as well, as the array it replaces was, so that
/// LINQ's <c>Count()</c>, <c>ElementAt</c> and <c>Last()</c> read only what they need.
/// </summary>
internal sealed class DecisionList(DecisionTable table) : IReadOnlyList<ClaimDecision>, IList<ClaimDecision>
{
    private ClaimDecision?[]? _made;

    public int Count => table.Count;

    public ClaimDecision this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, table.Count);
            // Stryker disable once NullCoalescing : without the read, the compare-exchange returns the array already kept; the read only saves allocating one
            var made = Volatile.Read(ref _made)
                ?? Interlocked.CompareExchange(ref _made, new ClaimDecision?[table.Count], null)
                ?? _made!;

            // Two threads may both make it; every reader gets the one that was kept.
            // Stryker disable once NullCoalescing : without the read, the compare-exchange returns the decision already kept; the read only saves making one
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

    public bool IsReadOnly => true;

    ClaimDecision IList<ClaimDecision>.this[int index]
    {
        get => this[index];
        set => throw ReadOnly();
    }

    /// <summary>The position of <paramref name="item"/>, looking only at the decisions on its claim; -1 when it is not one of this batch's.</summary>
    public int IndexOf(ClaimDecision item)
    {
        if (item is null)
        {
            return -1;
        }

        for (var i = 0; i < table.Count; i++)
        {
            if (ReferenceEquals(table.ClaimAt(i), item.Claim) && ReferenceEquals(this[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    public bool Contains(ClaimDecision item) => IndexOf(item) >= 0;

    public void CopyTo(ClaimDecision[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        if (array.Length - arrayIndex < table.Count)
        {
            throw new ArgumentException("The array is too small.", nameof(array));
        }

        for (var i = 0; i < table.Count; i++)
        {
            array[arrayIndex + i] = this[i];
        }
    }

    void ICollection<ClaimDecision>.Add(ClaimDecision item) => throw ReadOnly();

    void ICollection<ClaimDecision>.Clear() => throw ReadOnly();

    bool ICollection<ClaimDecision>.Remove(ClaimDecision item) => throw ReadOnly();

    void IList<ClaimDecision>.Insert(int index, ClaimDecision item) => throw ReadOnly();

    void IList<ClaimDecision>.RemoveAt(int index) => throw ReadOnly();

    public IEnumerator<ClaimDecision> GetEnumerator()
    {
        for (var i = 0; i < table.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static NotSupportedException ReadOnly() => new("A batch's decisions are read-only.");
}
