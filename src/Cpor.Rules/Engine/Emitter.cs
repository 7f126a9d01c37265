using Cpor.Rules.Engine.Runtime;

namespace Cpor.Rules.Engine;

/// <summary>Where a <c>YieldMany</c> action emits its facts. Valid only during the action's call.</summary>
/// <typeparam name="T">The type of fact emitted.</typeparam>
public sealed class Emitter<T>
{
    private readonly FactList<T> _output;
    private List<object?>? _traced;

    internal Emitter(FactList<T> output) => _output = output;

    internal int Emitted { get; private set; }

    /// <summary>Adds a new fact to the session.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is <see langword="null"/>.</exception>
    public void Emit(T fact)
    {
        if (fact is null)
        {
            throw new ArgumentNullException(nameof(fact));
        }

        _output.Add(fact);
        Emitted++;
        _traced?.Add(fact);
    }

    internal void Begin(bool tracing) => _traced = tracing ? [] : null;

    internal IReadOnlyList<object?> End()
    {
        var traced = (IReadOnlyList<object?>?)_traced ?? [];
        _traced = null;
        return traced;
    }
}
