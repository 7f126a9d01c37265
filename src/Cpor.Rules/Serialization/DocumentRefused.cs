namespace Cpor.Rules.Serialization;

/// <summary>
/// A batch document that cannot be decided at all: it is not JSON, its shape is wrong (for example <c>claims</c> is
/// not an array, or a claim is not an object), or a fact is malformed. Every problem found is listed, each with its
/// JSON path, not only the first; nothing of such a document is decided.
/// </summary>
public sealed record DocumentRefused
{
    /// <summary>Creates a refusal.</summary>
    /// <param name="problems">The problems, in document order; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/> or holds a <see langword="null"/> entry.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    internal DocumentRefused(IEnumerable<DocumentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var list = problems.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A refusal names at least one problem.", nameof(problems));
        }

        if (Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentNullException(nameof(problems), "The list of problems holds a null entry.");
        }

        Problems = list;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<DocumentProblem> Problems { get; }

    /// <summary>One line per problem.</summary>
    public override string ToString() => string.Join(Environment.NewLine, Problems);
}
