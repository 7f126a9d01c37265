using System.Collections;

namespace Cpor.Rules.Engine;

/// <summary>
/// The facts of type <typeparamref name="T"/> that share a key (the result of <c>JoinAll</c> or a session lookup),
/// in fact order. A view over the session's hash indexes: it allocates nothing. Possibly empty.
/// </summary>
/// <typeparam name="T">The fact type.</typeparam>
public readonly struct Matches<T> : IEnumerable<T>
{
    private readonly Segment _first;
    private readonly Segment _second;

    internal Matches(Segment first, Segment second)
    {
        _first = first;
        _second = second;
    }

    /// <summary>How many facts match.</summary>
    public int Count => _first.Count + _second.Count;

    /// <summary>Whether no fact matches.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The first matching fact in fact order.</summary>
    /// <exception cref="InvalidOperationException">Nothing matches.</exception>
    public T First()
    {
        foreach (var item in this)
        {
            return item;
        }

        throw new InvalidOperationException("No fact matches.");
    }

    /// <summary>Returns an enumerator over the matches, in fact order.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One fact list's chain of matches.</summary>
    internal readonly record struct Segment(T[]? Items, int[]? Next, int Head, int Count)
    {
        public static Segment Empty => new(null, null, -1, 0);
    }

    /// <summary>Enumerates matches in fact order without allocating.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly Matches<T> _matches;
        private int _segment;
        private int _position;

        internal Enumerator(Matches<T> matches)
        {
            _matches = matches;
            _segment = 0;
            _position = -2;
            Current = default!;
        }

        /// <inheritdoc />
        public T Current { get; private set; }

        readonly object? IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext()
        {
            while (_segment < 2)
            {
                var segment = _segment == 0 ? _matches._first : _matches._second;
                _position = _position == -2 ? segment.Head : segment.Next![_position];
                if (_position >= 0)
                {
                    Current = segment.Items![_position];
                    return true;
                }

                _segment++;
                _position = -2;
            }

            return false;
        }

        /// <inheritdoc />
        public void Reset()
        {
            _segment = 0;
            _position = -2;
        }

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
